using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>A talent's place on the waiting list for a talent apartment, with their preferences. Waiting → Offered
/// (one pending offer) → Housed when they accept; a refusal or a lapsed offer puts it back to Waiting one band lower.</summary>
public sealed class HousingApplication : IAggregate
{
    private HousingApplication()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string PersonKey { get; private set; } = "";
    public Guid EntitlementId { get; private set; }
    public Guid? PreferredProjectId { get; private set; }

    /// <summary>The street of the preferred project (projects never move), so scope needs no project read.</summary>
    public string? PreferredStreet { get; private set; }
    public UnitLayout? PreferredLayout { get; private set; }
    public int BaseBand { get; private set; }
    public int Penalties { get; private set; }

    /// <summary>BaseBand + Penalties: the band the waiting list orders by.</summary>
    public int Band { get; private set; }
    public DateTimeOffset AppliedAt { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public Guid? CurrentOfferId { get; private set; }
    public Guid? LeaseId { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>"talent:{id}" while the application is open, else "closed:{id}": unique, so a talent holds one open application.</summary>
    public string OpenKey { get; private set; } = "";

    public bool IsOpen => Status is ApplicationStatus.Waiting or ApplicationStatus.Offered;

    public static string OpenKeyOf(Guid talentId) => $"talent:{talentId:N}";

    public static HousingApplication Submit(
        ApartmentEntitlement entitlement, Resident? resident, ApartmentProject? preferredProject, UnitLayout? preferredLayout, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(entitlement);
        if (entitlement.IsUsed)
        {
            throw new RuleViolationException(
                "Your talent-apartment benefit was used by an earlier lease; a new application needs a new grant.",
                "EntitlementUsed",
                new Dictionary<string, object?> { ["leaseId"] = entitlement.UsedByLeaseId });
        }

        var band = resident?.Band ?? PriorityBand.Lowest;
        return new HousingApplication
        {
            Id = Guid.CreateVersion7(),
            TalentId = entitlement.TalentId,
            PersonKey = entitlement.PersonKey,
            EntitlementId = entitlement.Id,
            PreferredProjectId = preferredProject?.Id,
            PreferredStreet = preferredProject?.Street,
            PreferredLayout = preferredLayout,
            BaseBand = band,
            Band = band,
            AppliedAt = at,
            Status = ApplicationStatus.Waiting,
            OpenKey = OpenKeyOf(entitlement.TalentId),
        };
    }

    public bool Wants(ApartmentUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return (PreferredProjectId is null || PreferredProjectId == unit.ProjectId) && (PreferredLayout is null || PreferredLayout == unit.Layout);
    }

    internal void ReceiveOffer(Guid offerId)
    {
        if (Status != ApplicationStatus.Waiting)
        {
            throw new IllegalStateException($"Application {Id}", "offered a unit", Status.ToString());
        }

        Status = ApplicationStatus.Offered;
        CurrentOfferId = offerId;
    }

    /// <summary>The resident's verified facts changed while the application is open: its base band follows them and the
    /// penalties for refused or lapsed offers stay. False when nothing changed.</summary>
    internal bool Reband(int baseBand)
    {
        if (!IsOpen || baseBand == BaseBand)
        {
            return false;
        }

        BaseBand = baseBand;
        Band = BaseBand + Penalties;
        return true;
    }

    /// <summary>The offer was refused or lapsed: back on the list, one band lower.</summary>
    internal void Demote(Guid offerId)
    {
        if (Status != ApplicationStatus.Offered || CurrentOfferId != offerId)
        {
            throw new IllegalStateException($"Application {Id}", "put back on the list", Status.ToString());
        }

        Status = ApplicationStatus.Waiting;
        CurrentOfferId = null;
        Penalties++;
        Band = BaseBand + Penalties;
    }

    internal void Housed(Guid offerId, Guid leaseId, DateTimeOffset at)
    {
        if (Status != ApplicationStatus.Offered || CurrentOfferId != offerId)
        {
            throw new IllegalStateException($"Application {Id}", "housed", Status.ToString());
        }

        Status = ApplicationStatus.Housed;
        LeaseId = leaseId;
        ClosedAt = at;
        OpenKey = $"closed:{Id:N}";
    }

    public void Withdraw(DateTimeOffset at)
    {
        if (Status != ApplicationStatus.Waiting)
        {
            throw new IllegalStateException($"Application {Id}", "withdrawn", Status.ToString());
        }

        Status = ApplicationStatus.Withdrawn;
        ClosedAt = at;
        OpenKey = $"closed:{Id:N}";
    }
}
