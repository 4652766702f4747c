using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Domain;

/// <summary>An approved talent-apartment benefit (BenefitGranted from policy-matching): it lets the talent apply and
/// fixes the stepped rent discount of the lease. Its id is policy-matching's application id, so a benefit granted twice
/// is stored once. The first lease started from it uses it up: a later application needs a new grant.</summary>
public sealed class ApartmentEntitlement : IAggregate
{
    private ApartmentEntitlement()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid TalentId { get; private set; }
    public string PersonKey { get; private set; } = "";
    public string PolicyCode { get; private set; } = "";
    public List<RentStep> RentSteps { get; private set; } = [];
    public DateOnly GrantedOn { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }

    /// <summary>The lease that used the benefit up, once one started from it.</summary>
    public Guid? UsedByLeaseId { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public bool IsUsed => UsedByLeaseId is not null;

    public const string BenefitKind = "TalentApartment";

    public static ApartmentEntitlement From(BenefitGranted granted)
    {
        ArgumentNullException.ThrowIfNull(granted);
        return new ApartmentEntitlement
        {
            Id = granted.ApplicationId,
            TalentId = granted.TalentId,
            PersonKey = granted.PersonKey,
            PolicyCode = granted.PolicyCode,
            RentSteps = [.. granted.RentSteps.Select(s => new RentStep { LeaseYear = s.LeaseYear, DiscountPercent = s.DiscountPercent })],
            GrantedOn = granted.GrantedOn,
            GrantedAt = granted.GrantedAt,
        };
    }

    /// <summary>A lease started from this benefit: it cannot back another application.</summary>
    internal void UseFor(Guid leaseId, DateTimeOffset at)
    {
        if (IsUsed)
        {
            throw new RuleViolationException($"The talent-apartment benefit {Id} was already used by lease {UsedByLeaseId}.", "EntitlementUsed");
        }

        UsedByLeaseId = leaseId;
        UsedAt = at;
    }
}
