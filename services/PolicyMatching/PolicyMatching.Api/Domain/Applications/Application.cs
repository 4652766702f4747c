using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>An application for one policy by one talent, from submission to the last instalment. Every transition
/// is recorded (actor, time, reason); an illegal one is refused with the current state.</summary>
public sealed partial class Application : IAggregate
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

    /// <summary>Fact keys the submitted result relied on that were pending verification when it was submitted: it may
    /// be submitted, but approval waits until they are verified.</summary>
    public List<string> PendingVerification { get; private set; } = [];
    public ApplicationState State { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateOnly? NoticeStart { get; private set; }
    public DateOnly? NoticeEnd { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Objections lodged and not yet resolved; they live in their own collection, so the application does not
    /// grow with them, and this count makes a lodging and an approval conflict on the application's version.</summary>
    public int OpenObjections { get; private set; }

    /// <summary>For a benefit that is not once per person: the last day the grant runs (a second grant may not overlap it).</summary>
    public DateOnly? GrantRunsUntil { get; private set; }

    /// <summary>Unique while the application is open (<see cref="OpenKeyOf"/>), so two submissions for the same person
    /// and policy cannot both be stored; released (made unique to this application) when it ends.</summary>
    public string OpenKey { get; private set; } = "";

    public List<Instalment> Instalments { get; private set; } = [];
    public List<ApplicationTransition> History { get; private set; } = [];

    public static Application Submit(
        Guid talentId, string personKey, string applicantName, Guid? employerId, string? street, string policyCode, string versionId,
        string? exclusionGroup, bool oncePerPerson, string benefitKind, decimal? amount, IEnumerable<PlannedPayment> payments, IEnumerable<PlannedRentStep> rentSteps,
        string evaluationSnapshot, Actor actor, DateTimeOffset now, IEnumerable<string>? pendingVerification = null)
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
            PendingVerification = [.. pendingVerification ?? []],
            SubmittedAt = now,
            OpenKey = OpenKeyOf(personKey, policyCode),
        };
        application.Move(null, ApplicationState.Submitted, "submit", actor, now, null);

        // HR submitting for their own hire confirms the employment in the same act.
        if (actor.Role == ServiceDefaults.Auth.Roles.EmployerHr)
        {
            application.Move(ApplicationState.Submitted, ApplicationState.EmployerConfirmed, "employer-confirm", actor, now, null);
        }

        return application;
    }

    /// <summary>A grant with no schedule of its own (a case-by-case award such as an Elite Plan project) is taken to run
    /// for the three years of a typical funded project.</summary>
    public const int UnscheduledGrantMonths = 36;

    public static string OpenKeyOf(string personKey, string policyCode) => $"{personKey}|{policyCode}";

    /// <summary>Replaces the facts pending verification with those the talent's current facts leave pending, while the
    /// application awaits approval (the officials' queue shows what still waits); true when they changed.</summary>
    public bool RefreshPendingVerification(IReadOnlyList<string> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        if (!AwaitsApproval || PendingVerification.SequenceEqual(pending, StringComparer.Ordinal))
        {
            return false;
        }

        PendingVerification = [.. pending];
        return true;
    }

    /// <summary>Submitted and not yet decided: open and not approved.</summary>
    public bool AwaitsApproval => State is ApplicationState.Submitted or ApplicationState.EmployerConfirmed or ApplicationState.Returned or ApplicationState.PublicNotice;

    /// <summary>Gives an application stored before <see cref="OpenKey"/> existed its key; false when it had one.</summary>
    public bool RestoreOpenKey(bool keyTaken)
    {
        if (!string.IsNullOrEmpty(OpenKey))
        {
            return false;
        }

        // A second open application of one person and policy (possible before the key) keeps its state but not the key.
        OpenKey = IsOpen && !keyTaken ? OpenKeyOf(PersonKey, PolicyCode) : $"closed:{Id:N}";
        return true;
    }

    public bool IsOpen => State is not (ApplicationState.Completed or ApplicationState.Rejected or ApplicationState.Withdrawn);

    /// <summary>Whether HR submitted it (for a hire) rather than the graduate themself.</summary>
    public bool WasSubmittedByHr() => History.Count > 0 && History[0].ActorRole == ServiceDefaults.Auth.Roles.EmployerHr;

    /// <summary>The Huzhou day the application was submitted: its time limits (age, graduation window) were met then.</summary>
    public DateOnly SubmittedOn => HuzhouDay(SubmittedAt);

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

    /// <summary>The calendar day in Huzhou (UTC+8) at <paramref name="now"/>: notice periods are counted in local days.</summary>
    private static DateOnly HuzhouDay(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);

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
        if (!IsOpen)
        {
            OpenKey = $"closed:{Id:N}";
        }

        History.Add(new ApplicationTransition { From = from, To = to, Action = action, ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = reason });
    }

    private ProblemException Refused(string action, string detail, string? code = null, Dictionary<string, object?>? details = null)
    {
        var extensions = details ?? [];
        extensions["state"] = State.ToString();
        extensions["action"] = action;
        if (code is not null)
        {
            extensions["code"] = code;
        }

        return ProblemException.Conflict(detail, extensions);
    }

    private static string Required(string? reason, string field = "reason") =>
        string.IsNullOrWhiteSpace(reason) ? throw new InvalidFieldException(field, $"Give a {field} for this decision.") : reason.Trim();
}
