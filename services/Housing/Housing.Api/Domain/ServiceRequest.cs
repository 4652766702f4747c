using TalentPortal.Contracts.Housing;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A service request (人才服务) or enterprise issue (企业诉求). Submitted → Accepted (assigned to a department or
/// street) → InProgress → Resolved / ExplainedNotAdoptable; Merged into another request or Withdrawn by the requester
/// at any open stage. Due = submitted + the category's SLA in calendar days; open past due = overdue.</summary>
public sealed class ServiceRequest : IAggregate
{
    private ServiceRequest()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string Category { get; private set; } = "";
    public string CategoryName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Street { get; private set; } = "";
    public string RequesterAccountId { get; private set; } = "";
    public string RequesterRole { get; private set; } = "";
    public Guid? TalentId { get; private set; }
    public Guid? EmployerId { get; private set; }
    public string AssignedTo { get; private set; } = "";
    public ServiceRequestStatus Status { get; private set; }
    public int SlaDays { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public Guid? MergedInto { get; private set; }
    public List<RequestTransition> Transitions { get; private set; } = [];
    public List<RequestAttachment> Attachments { get; private set; } = [];
    public SatisfactionSurvey? Survey { get; private set; }

    /// <summary>The statuses each workflow action may start from.</summary>
    public static IReadOnlyDictionary<string, ServiceRequestStatus[]> Actions { get; } = new Dictionary<string, ServiceRequestStatus[]>
    {
        ["accept"] = [ServiceRequestStatus.Submitted],
        ["start"] = [ServiceRequestStatus.Accepted],
        ["resolve"] = [ServiceRequestStatus.Accepted, ServiceRequestStatus.InProgress],
        ["explain"] = [ServiceRequestStatus.Accepted, ServiceRequestStatus.InProgress],
        ["merge"] = OpenStatuses,
        ["withdraw"] = OpenStatuses,
    };

    public static ServiceRequestStatus[] OpenStatuses => [ServiceRequestStatus.Submitted, ServiceRequestStatus.Accepted, ServiceRequestStatus.InProgress];

    public bool IsOpen => OpenStatuses.Contains(Status);

    /// <summary>Resolved or explained: the outcomes the on-time rate and the survey count.</summary>
    public bool IsAnswered => Status is ServiceRequestStatus.Resolved or ServiceRequestStatus.ExplainedNotAdoptable;

    public bool IsOverdue(DateTimeOffset now) => IsOpen && now > DueAt;

    public bool ClosedOnTime => ClosedAt is { } closed && closed <= DueAt;

    public static ServiceRequest Raise(
        ServiceCategory category, string title, string description, string street, string accountId, string role, Guid? talentId, Guid? employerId,
        IEnumerable<RequestAttachment> attachments, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(category);
        var request = new ServiceRequest
        {
            Id = Guid.CreateVersion7(),
            Category = category.Code,
            CategoryName = category.Name,
            Title = title.Trim(),
            Description = description.Trim(),
            Street = street,
            RequesterAccountId = accountId,
            RequesterRole = role,
            TalentId = talentId,
            EmployerId = employerId,
            AssignedTo = category.DefaultAssignee,
            Status = ServiceRequestStatus.Submitted,
            SlaDays = category.SlaDays,
            SubmittedAt = at,
            DueAt = at.AddDays(category.SlaDays),
            Attachments = [.. attachments],
        };
        request.Transitions.Add(new RequestTransition { To = ServiceRequestStatus.Submitted, Actor = accountId, ActorRole = role, At = at });
        return request;
    }

    /// <summary>409 naming the status when <paramref name="action"/> cannot start from it.</summary>
    public void EnsureAllows(string action)
    {
        if (!Actions.TryGetValue(action, out var from) || !from.Contains(Status))
        {
            throw new IllegalStateException($"Request {Id}", action == "withdraw" ? "withdrawn" : $"{action.TrimEnd('e')}ed", Status.ToString());
        }
    }

    public void Accept(string? assignTo, string actor, string role, string? comment, DateTimeOffset at)
    {
        Move("accepted", Actions["accept"], ServiceRequestStatus.Accepted, actor, role, comment, at);
        if (!string.IsNullOrWhiteSpace(assignTo))
        {
            AssignedTo = assignTo.Trim();
        }
    }

    public void Start(string actor, string role, string? comment, DateTimeOffset at) =>
        Move("started", Actions["start"], ServiceRequestStatus.InProgress, actor, role, comment, at);

    public void Resolve(string actor, string role, string? comment, DateTimeOffset at) =>
        Move("resolved", Actions["resolve"], ServiceRequestStatus.Resolved, actor, role, comment, at);

    public void Explain(string actor, string role, string? comment, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new InvalidFieldException("comment", "comment is required: explain why the request cannot be adopted.");
        }

        Move("explained", Actions["explain"], ServiceRequestStatus.ExplainedNotAdoptable, actor, role, comment, at);
    }

    public void Merge(ServiceRequest into, string actor, string role, string? comment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (into.Id == Id)
        {
            throw new InvalidFieldException("mergedInto", "A request cannot be merged into itself.");
        }

        if (into.Status is ServiceRequestStatus.Merged or ServiceRequestStatus.Withdrawn)
        {
            throw new RuleViolationException($"Request {into.Id} is {into.Status} and cannot absorb another request.", into.Status.ToString());
        }

        Move("merged", Actions["merge"], ServiceRequestStatus.Merged, actor, role, comment, at);
        MergedInto = into.Id;
    }

    public void Withdraw(string actor, string role, string? comment, DateTimeOffset at) =>
        Move("withdrawn", Actions["withdraw"], ServiceRequestStatus.Withdrawn, actor, role, comment, at);

    /// <summary>The requester rates the handling once the request was answered (resolved or explained), once.</summary>
    public void Rate(int score, string? comment, DateTimeOffset at)
    {
        if (!IsAnswered)
        {
            throw new IllegalStateException($"Request {Id}", "rated", Status.ToString());
        }

        if (Survey is not null)
        {
            throw new RuleViolationException($"Request {Id} was already rated.", "Rated");
        }

        Survey = new SatisfactionSurvey { Score = score, Comment = comment?.Trim(), At = at };
    }

    public ServiceRequestClosed ToClosedEvent() =>
        new(Id, Category, Status.ToString(), TalentId, EmployerId, Street, SubmittedAt, DueAt, ClosedAt!.Value, ClosedOnTime);

    private void Move(string action, ServiceRequestStatus[] from, ServiceRequestStatus to, string actor, string role, string? comment, DateTimeOffset at)
    {
        if (!from.Contains(Status))
        {
            throw new IllegalStateException($"Request {Id}", action, Status.ToString());
        }

        Transitions.Add(new RequestTransition { From = Status, To = to, Actor = actor, ActorRole = role, At = at, Comment = comment?.Trim() });
        Status = to;
        if (!IsOpen)
        {
            ClosedAt = at;
        }
    }
}
