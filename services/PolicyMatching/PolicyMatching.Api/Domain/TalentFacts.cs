using TalentPortal.Contracts.Housing;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;
using RuleFacts = TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>policy-matching's snapshot of what it knows about a talent, fed by talent-registry's and housing's
/// events, with the talent's current results. Unknown stays unknown (null) so the engine can answer "Unknown" instead
/// of "no". Each employment is kept on its own, so an end applies to its employment whatever arrives first, and the
/// current one (the confirmed employment that started last) is derived from them.</summary>
public sealed partial class TalentFacts : IAggregate
{
    public const string TalentApartmentBenefit = "TALENT_APARTMENT";

    private TalentFacts()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public string PersonKey { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public DateOnly BirthDate { get; private set; }
    public bool HukouHuzhou { get; private set; }
    public string? TalentTier { get; private set; }
    public bool? OwnsHomeLocally { get; private set; }
    public bool? FirstHomePurchase { get; private set; }
    public bool? SeniorTechnician { get; private set; }
    public bool? StartupRegisteredInZone { get; private set; }
    public decimal? TeamAverageAge { get; private set; }
    public string? StartupGrade { get; private set; }
    public List<EducationFact> Education { get; private set; } = [];
    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Whether the person is known to hold the national ID (<see cref="IdentityStatuses"/>); a record the
    /// registry has not said so of counts as unverified.</summary>
    public string IdentityStatus { get; private set; } = IdentityStatuses.Unverified;

    /// <summary>Where each profile fact's value comes from, by fact key, as the registry last told; a fact without an
    /// entry is self-declared. The current employment's facts are HR's (a confirmed hire).</summary>
    public Dictionary<string, FactProvenance> Provenance { get; private set; } = [];

    // The engine's source map, built from Provenance once per loaded document (a re-match evaluates it per policy).
    private Dictionary<RuleFacts.Fact, RuleFacts.FactSource>? _sources;

    /// <summary>False for facts started by a lease event of housing's stream before talent-registry's registration
    /// was applied: nothing is evaluated until the talent is registered.</summary>
    public bool Registered { get; private set; } = true;

    /// <summary>Every employment the registry told of, confirmed or ended, in any order.</summary>
    public List<EmploymentFact> Employments { get; private set; } = [];

    // The current employment at a zone employer, derived from Employments (kept on the document for store queries).
    public Guid? EmploymentId { get; private set; }
    public Guid? EmployerId { get; private set; }
    public string? EmployerName { get; private set; }
    public string? Street { get; private set; }
    public string? IndustryChain { get; private set; }
    public string? EmployerType { get; private set; }
    public bool? EmployerInZone { get; private set; }
    public DateOnly? EmploymentStart { get; private set; }
    public DateOnly? ContractEnd { get; private set; }
    public DateOnly? EmploymentEnd { get; private set; }

    /// <summary>Months of local social insurance as reported at <see cref="InsuranceReportedOn"/>; later months accrue while employed.</summary>
    public int? SocialInsuranceMonths { get; private set; }
    public DateOnly? InsuranceReportedOn { get; private set; }

    /// <summary>Benefits held: policy codes granted here and <see cref="TalentApartmentBenefit"/> while a lease runs.</summary>
    public List<string> HeldBenefits { get; private set; } = [];

    /// <summary>How many events were applied; a redelivered event must not move it.</summary>
    public int EventsApplied { get; private set; }

    /// <summary>The social-insurance bureau's figures (<c>InsuranceRecorded</c>); null until its file names the talent.
    /// When known they replace the months HR declared, from the feed's month on (no accrual: the next file says).</summary>
    public InsuranceFeed? RegistryInsurance { get; private set; }

    /// <summary>The current result against every published policy (<see cref="EligibilityResults"/>), recomputed when
    /// the facts change or a policy is published; rewritten only when a result moved.</summary>
    public string Results { get; private set; } = "";

    /// <summary>The next day its results could change only because time passed (<see cref="ChangeCalendar"/>), when the
    /// daily re-screen looks at this talent again; null when nothing in the facts moves with time.</summary>
    public DateOnly? NextChangeOn { get; private set; }

    /// <summary>Records newly computed results.</summary>
    public void RecordResults(string results) => Results = results ?? throw new ArgumentNullException(nameof(results));

    /// <summary>Records when the results should next be looked at; true when that moved.</summary>
    public bool PlanNextChange(DateOnly? on)
    {
        var moved = NextChangeOn != on;
        NextChangeOn = on;
        return moved;
    }

    public static TalentFacts From(TalentRegistered registered)
    {
        var facts = new TalentFacts();
        facts.Apply(registered);
        return facts;
    }

    /// <summary>Facts for a talent housing told of before the registration arrived.</summary>
    public static TalentFacts Shell(Guid talentId) => new() { Id = talentId, Registered = false };

    public void Apply(TalentRegistered registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        Id = registered.TalentId;
        PersonKey = registered.PersonKey;
        DisplayName = registered.DisplayName;
        BirthDate = registered.BirthDate;
        HukouHuzhou = registered.HukouHuzhou;
        TalentTier = registered.TalentTier;
        Education = [.. registered.Education.Select(EducationFact.From)];
        RegisteredAt = registered.RegisteredAt;
        Registered = true;
        Attest(registered.IdentityStatus, registered.Provenance);
        EventsApplied++;
    }

    public void Apply(TalentProfileUpdated updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        HukouHuzhou = updated.HukouHuzhou;
        TalentTier = updated.TalentTier;
        OwnsHomeLocally = updated.OwnsHomeLocally ?? OwnsHomeLocally;
        FirstHomePurchase = updated.FirstHomePurchase ?? FirstHomePurchase;
        SeniorTechnician = updated.SeniorTechnician;
        StartupRegisteredInZone = updated.StartupRegisteredInZone;
        TeamAverageAge = updated.TeamAverageAge;
        StartupGrade = updated.StartupGrade;
        Education = [.. updated.Education.Select(EducationFact.From)];
        Attest(updated.IdentityStatus, updated.Provenance);
        EventsApplied++;
    }

    public void Apply(LeaseStarted lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        Hold(TalentApartmentBenefit);
        EventsApplied++;
    }

    public void Apply(LeaseEnded lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        HeldBenefits.Remove(TalentApartmentBenefit);
        EventsApplied++;
    }

    public void Hold(string benefit)
    {
        if (!HeldBenefits.Contains(benefit))
        {
            HeldBenefits.Add(benefit);
        }
    }
}
