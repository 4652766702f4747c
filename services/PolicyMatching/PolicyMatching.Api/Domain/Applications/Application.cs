using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>An application for one policy by one talent, from submission to the last instalment. Every transition
/// is recorded (actor, time, reason); an illegal one is refused with the current state.</summary>
public sealed class Application : IAggregate
{
    public const int PublicNoticeWorkingDays = 5;

    private Application()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string PersonKey { get; private set; } = "";
    public string ApplicantName { get; private set; } = "";
    public Guid? EmployerId { get; private set; }
    public string? Street { get; private set; }
    public string PolicyCode { get; private set; } = "";
    public string PolicyVersionId { get; private set; } = "";
    public string? ExclusionGroup { get; private set; }
    public bool OncePerPerson { get; private set; }
    public string BenefitKind { get; private set; } = "";
    public decimal? Amount { get; private set; }

    /// <summary>Payments as planned at submission: months after approval and amount.</summary>
    public List<PlannedPayment> PlannedPayments { get; private set; } = [];

    /// <summary>Stepped rent discount of a talent-apartment benefit (lease year, percent off).</summary>
    public List<PlannedRentStep> RentSteps { get; private set; } = [];

    /// <summary>The facts, trace and benefit as evaluated at submission (JSON), kept with the decision.</summary>
    public string EvaluationSnapshot { get; private set; } = "";
    public ApplicationState State { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateOnly? NoticeStart { get; private set; }
    public DateOnly? NoticeEnd { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public List<Objection> Objections { get; private set; } = [];
    public List<Instalment> Instalments { get; private set; } = [];
    public List<ApplicationTransition> History { get; private set; } = [];

    public static Application Submit(
        Guid talentId, string personKey, string applicantName, Guid? employerId, string? street, string policyCode, string versionId,
        string? exclusionGroup, bool oncePerPerson, string benefitKind, decimal? amount, IEnumerable<PlannedPayment> payments, IEnumerable<PlannedRentStep> rentSteps,
        string evaluationSnapshot, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var application = new Application
        {
            Id = Guid.CreateVersion7(now),
            TalentId = talentId,
            PersonKey = personKey,
            ApplicantName = applicantName,
            EmployerId = employerId,
            Street = street,
            PolicyCode = policyCode,
            PolicyVersionId = versionId,
            ExclusionGroup = exclusionGroup,
            OncePerPerson = oncePerPerson,
            BenefitKind = benefitKind,
            Amount = amount,
            PlannedPayments = [.. payments],
            RentSteps = [.. rentSteps],
            EvaluationSnapshot = evaluationSnapshot,
            SubmittedAt = now,
        };
        application.Move(null, ApplicationState.Submitted, "submit", actor, now, null);

        // HR submitting for their own hire confirms the employment in the same act.
        if (actor.Role == ServiceDefaults.Auth.Roles.EmployerHr)
        {
            application.Move(ApplicationState.Submitted, ApplicationState.EmployerConfirmed, "employer-confirm", actor, now, null);
        }

        return application;
    }

    public bool IsOpen => State is not (ApplicationState.Completed or ApplicationState.Rejected or ApplicationState.Withdrawn);

    public void ConfirmByEmployer(Actor actor, DateTimeOffset now) =>
        Transition("employer-confirm", actor, now, null, ApplicationState.EmployerConfirmed, ApplicationState.Submitted);

    public void ReturnForDocuments(Actor actor, DateTimeOffset now, string reason) =>
        Transition("return", actor, now, Required(reason), ApplicationState.Returned, ApplicationState.EmployerConfirmed);

    public void Resubmit(Actor actor, DateTimeOffset now, string? note) =>
        Transition("resubmit", actor, now, note, ApplicationState.EmployerConfirmed, ApplicationState.Returned);

    public void Reject(Actor actor, DateTimeOffset now, string reason) =>
        Transition("reject", actor, now, Required(reason), ApplicationState.Rejected, ApplicationState.Submitted, ApplicationState.EmployerConfirmed, ApplicationState.Returned);

    public void Withdraw(Actor actor, DateTimeOffset now, string? reason) =>
        Transition("withdraw", actor, now, reason, ApplicationState.Withdrawn, ApplicationState.Submitted, ApplicationState.EmployerConfirmed, ApplicationState.Returned);

    /// <summary>The reviewing official approves: the public notice (公示) runs for five working days from the next working day.</summary>
    public void StartPublicNotice(Actor actor, DateTimeOffset now, WorkingDayCalendar calendar, string? note)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Transition("approve-for-notice", actor, now, note, ApplicationState.PublicNotice, ApplicationState.EmployerConfirmed);
        var start = calendar.EndOfPeriod(HuzhouDay(now).AddDays(1), 1);
        NoticeStart = start;
        NoticeEnd = calendar.EndOfPeriod(start, PublicNoticeWorkingDays);
    }

    /// <summary>The calendar day in Huzhou (UTC+8) at <paramref name="now"/>: notice periods are counted in local days.</summary>
    private static DateOnly HuzhouDay(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public Objection LodgeObjection(Actor actor, DateTimeOffset now, string text)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureState("object", ApplicationState.PublicNotice);
        var today = HuzhouDay(now);
        if (NoticeEnd is { } end && today > end)
        {
            throw Refused("object", $"The public notice ended on {end:yyyy-MM-dd}.");
        }

        var objection = new Objection { Id = Guid.CreateVersion7(now), Text = Required(text), LodgedBy = actor.Id, LodgedAt = now, State = ObjectionState.Open };
        Objections.Add(objection);
        History.Add(new ApplicationTransition { From = State, To = State, Action = "objection-lodged", ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = text });
        return objection;
    }

    /// <summary>An upheld objection rejects the application; a dismissed one lets the notice run on.</summary>
    public void ResolveObjection(Guid objectionId, bool upheld, Actor actor, DateTimeOffset now, string resolution)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureState("resolve-objection", ApplicationState.PublicNotice);
        var objection = Objections.FirstOrDefault(o => o.Id == objectionId) ?? throw ProblemException.NotFound($"Objection {objectionId} does not exist.");
        if (objection.State != ObjectionState.Open)
        {
            throw Refused("resolve-objection", $"Objection {objectionId} is already {objection.State}.");
        }

        objection.State = upheld ? ObjectionState.Upheld : ObjectionState.Dismissed;
        objection.Resolution = Required(resolution);
        objection.ResolvedBy = actor.Id;
        objection.ResolvedAt = now;
        History.Add(new ApplicationTransition { From = State, To = State, Action = upheld ? "objection-upheld" : "objection-dismissed", ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = resolution });
        if (upheld)
        {
            Move(State, ApplicationState.Rejected, "reject", actor, now, $"Objection upheld: {resolution}");
        }
    }

    /// <summary>After the notice period with every objection resolved: approved, with its disbursement schedule
    /// counted from the approval date.</summary>
    public void Approve(Actor actor, DateTimeOffset now, DateOnly approvedOn)
    {
        EnsureState("final-approve", ApplicationState.PublicNotice);
        var today = HuzhouDay(now);
        if (NoticeEnd is { } end && today <= end)
        {
            throw Refused("final-approve", $"The public notice runs until {end:yyyy-MM-dd}; approve after it ends.");
        }

        if (Objections.Any(o => o.State == ObjectionState.Open))
        {
            throw Refused("final-approve", "Resolve every objection before approving.");
        }

        Instalments = [.. PlannedPayments.Select((p, i) => new Instalment { Number = i + 1, DueDate = approvedOn.AddMonths(p.OffsetMonths), Amount = p.Amount, State = InstalmentState.Scheduled })];
        ApprovedAt = now;
        Move(State, ApplicationState.Approved, "final-approve", actor, now, null);
        CompleteIfDone(actor, now);
    }

    public void RecordPayment(int number, DateTimeOffset now, Actor actor)
    {
        var instalment = DueInstalment(number);
        instalment.State = InstalmentState.Paid;
        instalment.PaidAt = now;
        instalment.CheckedAt = now;
        instalment.SuspendedReason = null;
        History.Add(new ApplicationTransition { From = State, To = State, Action = $"instalment-{number}-paid", ActorId = actor.Id, ActorRole = actor.Role, At = now });
        CompleteIfDone(actor, now);
    }

    public void SuspendInstalment(int number, DateTimeOffset now, Actor actor, string reason)
    {
        var instalment = DueInstalment(number);
        instalment.State = InstalmentState.Suspended;
        instalment.SuspendedReason = reason;
        instalment.CheckedAt = now;
        History.Add(new ApplicationTransition { From = State, To = State, Action = $"instalment-{number}-suspended", ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = reason });
    }

    private Instalment DueInstalment(int number)
    {
        EnsureState("pay", ApplicationState.Approved);
        var instalment = Instalments.FirstOrDefault(i => i.Number == number) ?? throw ProblemException.NotFound($"Instalment {number} does not exist.");
        if (instalment.State == InstalmentState.Paid)
        {
            throw Refused("pay", $"Instalment {number} is already paid.");
        }

        return instalment;
    }

    private void CompleteIfDone(Actor actor, DateTimeOffset now)
    {
        if (State == ApplicationState.Approved && Instalments.All(i => i.State == InstalmentState.Paid))
        {
            Move(State, ApplicationState.Completed, "complete", actor, now, null);
        }
    }

    private void Transition(string action, Actor actor, DateTimeOffset now, string? reason, ApplicationState to, params ApplicationState[] from)
    {
        EnsureState(action, from);
        Move(State, to, action, actor, now, reason);
    }

    private void EnsureState(string action, params ApplicationState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw Refused(action, $"'{action}' is not possible while the application is {State}.");
        }
    }

    private void Move(ApplicationState? from, ApplicationState to, string action, Actor actor, DateTimeOffset now, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        State = to;
        History.Add(new ApplicationTransition { From = from, To = to, Action = action, ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = reason });
    }

    private ProblemException Refused(string action, string detail) =>
        ProblemException.Conflict(detail, new Dictionary<string, object?> { ["state"] = State.ToString(), ["action"] = action });

    private static string Required(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new InvalidFieldException("reason", "Give a reason for this decision.") : reason.Trim();
}

/// <summary>Who acts on an application.</summary>
public sealed record Actor(string Id, string Role);
