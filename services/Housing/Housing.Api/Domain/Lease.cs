using TalentPortal.Contracts.Housing;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A tenancy of one unit by one talent: from the start date for at most the term limit, with the stepped rent
/// of the talent's benefit. While it runs it holds the unit and the tenant through unique keys, so no unit is let
/// twice and no talent holds two leases, whatever the concurrency. A notice (e.g. after the employment ended) sets
/// the date by which the tenant must move out. The recorded move-out day is the tenancy's last day: until it has
/// passed the lease is MovingOut and still holds the unit and the tenant, so no later lease of the unit can overlap it;
/// the day after, the lease ends (<see cref="EndIfDue"/>).</summary>
public sealed class Lease : IAggregate
{
    private Lease()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string PersonKey { get; private set; } = "";
    public Guid OfferId { get; private set; }
    public Guid ApplicationId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public string UnitNumber { get; private set; } = "";
    public string Street { get; private set; } = "";
    public decimal MonthlyRent { get; private set; }
    public List<RentStep> RentSteps { get; private set; } = [];

    /// <summary>Months of the same benefit the person already used in earlier leases: the stepped rent continues from
    /// there instead of starting again at year one.</summary>
    public int PriorBenefitMonths { get; private set; }
    public DateOnly StartDate { get; private set; }

    /// <summary>Last day the term limit allows.</summary>
    public DateOnly EndDate { get; private set; }
    public DateTimeOffset AllocatedAt { get; private set; }
    public LeaseStatus Status { get; private set; }
    public DateOnly? MoveOutBy { get; private set; }
    public string? NoticeReason { get; private set; }
    public DateTimeOffset? NoticeGivenAt { get; private set; }

    /// <summary>The recorded move-out day, the last day of the tenancy (the lease ends once it has passed).</summary>
    public DateOnly? MovedOutOn { get; private set; }
    public string? MoveOutRecordedBy { get; private set; }
    public DateTimeOffset? MoveOutRecordedAt { get; private set; }
    public string? EndReason { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>"unit:{id}" while the lease runs, else "ended:{id}" (unique): one tenant per unit.</summary>
    public string UnitKey { get; private set; } = "";

    /// <summary>"talent:{id}" while the lease runs, else "ended:{id}" (unique): one lease per talent.</summary>
    public string TenantKey { get; private set; } = "";

    public bool IsRunning => Status != LeaseStatus.Ended;

    /// <summary>The last day rent is due: the move-out day once moved out, else the term end.</summary>
    public DateOnly LastDay => MovedOutOn ?? EndDate;

    public static string TenantKeyOf(Guid talentId) => $"talent:{talentId:N}";

    internal static Lease Start(
        Offer offer, string personKey, ApartmentEntitlement entitlement, int priorBenefitMonths, DateOnly start, int termYears, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        return new Lease
        {
            Id = Guid.CreateVersion7(),
            TalentId = offer.TalentId,
            PersonKey = personKey,
            OfferId = offer.Id,
            ApplicationId = offer.ApplicationId,
            UnitId = offer.UnitId,
            ProjectId = offer.ProjectId,
            ProjectName = offer.ProjectName,
            UnitNumber = offer.UnitNumber,
            Street = offer.Street,
            MonthlyRent = offer.MonthlyRent,
            RentSteps = [.. entitlement.RentSteps],
            PriorBenefitMonths = priorBenefitMonths,
            StartDate = start,
            EndDate = start.AddYears(termYears).AddDays(-1),
            AllocatedAt = now,
            Status = LeaseStatus.Active,
            UnitKey = $"unit:{offer.UnitId:N}",
            TenantKey = TenantKeyOf(offer.TalentId),
        };
    }

    /// <summary>Move-out notice: the tenant must leave by <paramref name="moveOutBy"/>, never later than the term end
    /// nor earlier than the day the notice is given (a notice that arrives late cannot set a deadline already past).</summary>
    public void GiveNotice(DateOnly moveOutBy, string reason, DateTimeOffset at)
    {
        if (Status != LeaseStatus.Active)
        {
            throw new IllegalStateException($"Lease {Id}", "given notice", Status.ToString());
        }

        var earliest = Zone.Today(at) < EndDate ? Zone.Today(at) : EndDate;
        var latest = moveOutBy < EndDate ? moveOutBy : EndDate;
        Status = LeaseStatus.NoticeGiven;
        MoveOutBy = latest > earliest ? latest : earliest;
        NoticeReason = reason;
        NoticeGivenAt = at;
    }

    /// <summary>Records the move-out day. The tenant records today or a later day; an official may record an earlier
    /// day with a reason (the tenant left without telling). Never before the lease starts nor after its term.</summary>
    public void RecordMoveOut(DateOnly day, string? reason, bool byStaff, string by, DateOnly today, DateTimeOffset at)
    {
        if (!IsRunning || Status == LeaseStatus.MovingOut)
        {
            throw new IllegalStateException($"Lease {Id}", "moved out", Status.ToString());
        }

        if (day < StartDate || day > EndDate)
        {
            throw new InvalidFieldException("moveOutDate", $"moveOutDate must lie within the lease ({StartDate:yyyy-MM-dd} to {EndDate:yyyy-MM-dd}).");
        }

        if (day < today && !byStaff)
        {
            throw new InvalidFieldException("moveOutDate", $"moveOutDate must not be before today ({today:yyyy-MM-dd}); an official records an earlier move-out.");
        }

        if (day < today && string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidFieldException("reason", "reason is required for a move-out recorded after the day: say why it is recorded late.");
        }

        Status = LeaseStatus.MovingOut;
        MovedOutOn = day;
        EndReason = string.IsNullOrWhiteSpace(reason) ? (NoticeReason ?? "moved out") : reason.Trim();
        MoveOutRecordedBy = by;
        MoveOutRecordedAt = at;
    }

    /// <summary>True once the recorded move-out day has passed on the zone's calendar.</summary>
    public bool IsEndDue(DateOnly today) => Status == LeaseStatus.MovingOut && MovedOutOn < today;

    /// <summary>Ends the lease once its move-out day has passed: the unit is free, the talent may apply anew. Returns
    /// false (and changes nothing) before that.</summary>
    public bool EndIfDue(ApartmentUnit unit, DateOnly today, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!IsEndDue(today))
        {
            return false;
        }

        Status = LeaseStatus.Ended;
        EndedAt = at;
        UnitKey = $"ended:{Id:N}";
        TenantKey = $"ended:{Id:N}";
        unit.Vacate(Id);
        return true;
    }

    /// <summary>Months of the benefit this lease used: every month of its rent schedule that started.</summary>
    public int BenefitMonthsUsed => PriorBenefitMonths + RentSchedule.For(this).Count;

    public LeaseStarted ToStartedEvent() =>
        new(Id, TalentId, PersonKey, UnitId, ProjectId, StartDate, EndDate, MonthlyRent, AllocatedAt);

    public ApartmentAllocated ToAllocatedEvent(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new(offer.Id, ApplicationId, TalentId, PersonKey, UnitId, ProjectId, ProjectName, UnitNumber, Id, AllocatedAt);
    }

    public LeaseEnded ToEndedEvent() =>
        new(Id, TalentId, PersonKey, UnitId, MovedOutOn ?? throw new InvalidOperationException("The lease has not ended."), EndReason ?? "", EndedAt!.Value);
}
