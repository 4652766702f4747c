using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Domain.Applications;

public sealed partial class Application
{
    /// <summary>The reviewing official approves: the public notice (公示) runs for five working days from the next working day.</summary>
    public void StartPublicNotice(Actor actor, DateTimeOffset now, WorkingDayCalendar calendar, string? note)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Transition("approve-for-notice", actor, now, note, ApplicationState.PublicNotice, ApplicationState.EmployerConfirmed);
        var start = calendar.EndOfPeriod(HuzhouDay(now).AddDays(1), 1);
        NoticeStart = start;
        NoticeEnd = calendar.EndOfPeriod(start, PublicNoticeWorkingDays);
    }

    /// <summary>Someone objects during the notice. The objection is stored on its own (with who lodged it); the
    /// application only counts it, and records nothing of the objector.</summary>
    public Objection LodgeObjection(Actor actor, DateTimeOffset now, string text)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureState("object", ApplicationState.PublicNotice);
        var today = HuzhouDay(now);
        if (NoticeEnd is { } end && today > end)
        {
            throw Refused("object", $"The public notice ended on {end:yyyy-MM-dd}.");
        }

        OpenObjections++;
        return Objection.Lodge(Id, actor.Id, Required(text, "text"), now);
    }

    /// <summary>An upheld objection rejects the application; a dismissed one lets the notice run on.</summary>
    public void ResolveObjection(Objection objection, bool upheld, Actor actor, DateTimeOffset now, string resolution)
    {
        ArgumentNullException.ThrowIfNull(objection);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureState("resolve-objection", ApplicationState.PublicNotice);
        if (objection.ApplicationId != Id)
        {
            throw ProblemException.NotFound($"Objection {objection.Id} does not belong to application {Id}.");
        }

        if (objection.State != ObjectionState.Open)
        {
            throw new RuleViolationException($"Objection {objection.Id} is already {objection.State}.", objection.State.ToString());
        }

        objection.Resolve(upheld, Required(resolution, "resolution"), actor.Id, now);
        OpenObjections = Math.Max(0, OpenObjections - 1);
        History.Add(new ApplicationTransition { From = State, To = State, Action = upheld ? "objection-upheld" : "objection-dismissed", ActorId = actor.Id, ActorRole = actor.Role, At = now, Reason = resolution });
        if (upheld)
        {
            Move(State, ApplicationState.Rejected, "reject", actor, now, $"Objection upheld: {resolution}");
        }
    }

    /// <summary>After the notice period with every objection resolved, for a talent whose identity is verified and
    /// whose result still stands on verified facts alone (<paramref name="basis"/>): approved, with its disbursement
    /// schedule counted from the approval date.</summary>
    public void Approve(Actor actor, DateTimeOffset now, DateOnly approvedOn, ApprovalBasis basis)
    {
        ArgumentNullException.ThrowIfNull(basis);
        EnsureState("final-approve", ApplicationState.PublicNotice);
        var today = HuzhouDay(now);
        if (NoticeEnd is { } end && today <= end)
        {
            throw Refused("final-approve", $"The public notice runs until {end:yyyy-MM-dd}; approve after it ends.");
        }

        if (OpenObjections > 0)
        {
            throw Refused("final-approve", $"Resolve every objection before approving ({OpenObjections} open).");
        }

        EnsureVerified(basis);

        Instalments = [.. PlannedPayments.Select((p, i) => new Instalment { Number = i + 1, DueDate = approvedOn.AddMonths(p.OffsetMonths), Amount = p.Amount, State = InstalmentState.Scheduled })];
        GrantRunsUntil = OncePerPerson ? null : LastDayOfGrant(approvedOn);
        ApprovedAt = now;
        Move(State, ApplicationState.Approved, "final-approve", actor, now, null);
        CompleteIfDone(actor, now);
    }

    /// <summary>Nothing is approved on an unverified identity, on a fact pending verification, or for a result that the
    /// verified facts no longer give.</summary>
    private void EnsureVerified(ApprovalBasis basis)
    {
        if (basis.IdentityStatus != IdentityStatuses.Verified)
        {
            throw Refused("final-approve", $"The talent's identity is {basis.IdentityStatus}: approve once it is verified (ID card seen by HR or an official).",
                ApprovalRefusals.IdentityUnverified, new() { ["identityStatus"] = basis.IdentityStatus });
        }

        if (basis.PendingVerification.Count > 0)
        {
            throw Refused("final-approve", $"The result relies on facts pending verification: {string.Join(", ", basis.PendingVerification)}; approve once they are verified.",
                ApprovalRefusals.PendingVerification,
                new() { ["pendingVerification"] = basis.PendingVerification, ["pendingVerificationNames"] = basis.PendingVerificationNames });
        }

        if (basis.Outcome != "Eligible" || basis.Amount != Amount)
        {
            throw Refused("final-approve", $"On the verified facts the result is {basis.Outcome}{(basis.Amount is { } a ? $" ({a})" : "")}, not Eligible ({Amount}) as submitted; reject or have the applicant withdraw and apply again.",
                ApprovalRefusals.SnapshotChanged,
                new()
                {
                    ["before"] = new Dictionary<string, object?> { ["outcome"] = "Eligible", ["amount"] = Amount },
                    ["after"] = new Dictionary<string, object?> { ["outcome"] = basis.Outcome, ["amount"] = basis.Amount },
                });
        }
    }

    /// <summary>The last day of the grant's period: the rent steps of a talent apartment, the month of the last
    /// payment, or <see cref="UnscheduledGrantMonths"/> for a grant with neither.</summary>
    private DateOnly LastDayOfGrant(DateOnly approvedOn)
    {
        if (RentSteps.Count > 0)
        {
            return approvedOn.AddYears(RentSteps.Max(s => s.LeaseYear)).AddDays(-1);
        }

        var months = PlannedPayments.Count > 0 ? PlannedPayments.Max(p => p.OffsetMonths) + 1 : UnscheduledGrantMonths;
        return approvedOn.AddMonths(months).AddDays(-1);
    }
}
