using TalentPortal.Contracts.Housing;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A tenancy of one unit by one talent: from the start date for at most the term limit, with the stepped rent
/// of the talent's benefit. While it runs it holds the unit and the tenant through unique keys, so no unit is let
/// twice and no talent holds two leases, whatever the concurrency. A notice (e.g. after the employment ended) sets
/// the date by which the tenant must move out; the move-out ends it.</summary>
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
    public DateOnly StartDate { get; private set; }

    /// <summary>Last day the term limit allows.</summary>
    public DateOnly EndDate { get; private set; }
    public DateTimeOffset AllocatedAt { get; private set; }
    public LeaseStatus Status { get; private set; }
    public DateOnly? MoveOutBy { get; private set; }
    public string? NoticeReason { get; private set; }
    public DateTimeOffset? NoticeGivenAt { get; private set; }
    public DateOnly? MovedOutOn { get; private set; }
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

    internal static Lease Start(Offer offer, string personKey, ApartmentEntitlement entitlement, DateOnly start, int termYears, DateTimeOffset now)
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
            StartDate = start,
            EndDate = start.AddYears(termYears).AddDays(-1),
            AllocatedAt = now,
            Status = LeaseStatus.Active,
            UnitKey = $"unit:{offer.UnitId:N}",
            TenantKey = TenantKeyOf(offer.TalentId),
        };
    }

    /// <summary>Move-out notice: the tenant must leave by <paramref name="moveOutBy"/> (never later than the term end).</summary>
    public void GiveNotice(DateOnly moveOutBy, string reason, DateTimeOffset at)
    {
        if (Status != LeaseStatus.Active)
        {
            throw new IllegalStateException($"Lease {Id}", "given notice", Status.ToString());
        }

        Status = LeaseStatus.NoticeGiven;
        MoveOutBy = moveOutBy < EndDate ? moveOutBy : EndDate;
        NoticeReason = reason;
        NoticeGivenAt = at;
    }

    public void MoveOut(ApartmentUnit unit, DateOnly movedOutOn, string reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!IsRunning)
        {
            throw new IllegalStateException($"Lease {Id}", "ended", Status.ToString());
        }

        if (movedOutOn < StartDate || movedOutOn > EndDate)
        {
            throw new InvalidFieldException("moveOutDate", $"moveOutDate must lie within the lease ({StartDate:yyyy-MM-dd} to {EndDate:yyyy-MM-dd}).");
        }

        Status = LeaseStatus.Ended;
        MovedOutOn = movedOutOn;
        EndReason = reason;
        EndedAt = at;
        UnitKey = $"ended:{Id:N}";
        TenantKey = $"ended:{Id:N}";
        unit.Vacate(Id);
    }

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
