using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Http;
using RuleFacts = TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Domain;

public sealed partial class TalentFacts
{
    /// <summary>The registry's events carry the whole current identity status and provenance.</summary>
    private void Attest(string identityStatus, IReadOnlyDictionary<string, FactProvenanceInfo>? provenance)
    {
        // An event from before identity statuses were carried counts as unverified.
        IdentityStatus = identityStatus ?? IdentityStatuses.Unverified;
        Provenance = provenance?.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => FactProvenance.From(p.Value), StringComparer.Ordinal) ?? [];
        KeepInsuranceProvenance();
        _sources = null;
    }

    /// <summary>Where each input fact of <see cref="ToRuleFacts"/> comes from: the registry's provenance, else HR for
    /// the employment facts (<c>EmploymentConfirmed</c>), else self-declared (no entry).</summary>
    private Dictionary<RuleFacts.Fact, RuleFacts.FactSource> Sources()
    {
        if (_sources is { } known)
        {
            return known;
        }

        var sources = EmploymentFacts.ToDictionary(f => f, _ => RuleFacts.FactSource.EmployerAttested);
        foreach (var (key, provenance) in Provenance)
        {
            if (RuleFacts.FactCatalog.TryParse(key, out var fact) && EnumText.ParseOrNull<RuleFacts.FactSource>(provenance.Source) is { } source)
            {
                sources[fact] = source;
            }
        }

        return _sources = sources;
    }

    /// <summary>Where the value of input fact <paramref name="key"/> comes from, for a decision's receipt: the registry's
    /// provenance; else, for the current employment's facts, HR's confirmation; for benefits held, policy-matching's own
    /// ledger; else the person's own word at registration.</summary>
    public FactProvenance ProvenanceOf(string key)
    {
        if (Provenance.TryGetValue(key, out var known))
        {
            return known;
        }

        if (RuleFacts.FactCatalog.TryParse(key, out var fact) && EmploymentFacts.Contains(fact) && EmployerId is { } employer)
        {
            var confirmedAt = Employments.Find(e => e.EmploymentId == EmploymentId)?.ConfirmedAt;
            return new FactProvenance { Source = FactSources.EmployerAttested, By = $"employer:{employer}", At = confirmedAt ?? RegisteredAt };
        }

        return fact == RuleFacts.Fact.HeldBenefits
            ? new FactProvenance { Source = FactSources.Registry, By = "policy-matching" }
            : new FactProvenance { Source = FactSources.SelfDeclared, By = $"talent:{Id}", At = RegisteredAt };
    }

    private static readonly RuleFacts.Fact[] EmploymentFacts =
    [
        RuleFacts.Fact.EmploymentStartDate, RuleFacts.Fact.ContractEndDate, RuleFacts.Fact.EmployerInZone, RuleFacts.Fact.EmployerType,
        RuleFacts.Fact.IndustryChain, RuleFacts.Fact.EmployedLocally, RuleFacts.Fact.SocialInsuranceMonths,
        RuleFacts.Fact.ContinuousSocialInsuranceMonths, RuleFacts.Fact.SocialInsuranceMonthsLast12,
    ];

    /// <summary>The bureau's file named the talent: its months are Registry facts from now on.</summary>
    public void Apply(InsuranceRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        RegistryInsurance = new InsuranceFeed
        {
            Months = recorded.Months,
            ContinuousMonths = recorded.ContinuousMonths,
            MonthsLast12 = recorded.MonthsLast12,
            AsOfMonth = recorded.AsOfMonth,
            Provenance = FactProvenance.From(recorded.Provenance),
        };
        KeepInsuranceProvenance();
        _sources = null;
        EventsApplied++;
    }

    private static readonly string[] InsuranceKeys = ["socialInsuranceMonths", "continuousSocialInsuranceMonths", "socialInsuranceMonthsLast12"];

    /// <summary>The feed's months come from the feed, whatever the registry's profile events say of other facts.</summary>
    private void KeepInsuranceProvenance()
    {
        if (RegistryInsurance is not { } feed)
        {
            return;
        }

        foreach (var key in InsuranceKeys)
        {
            Provenance[key] = feed.Provenance;
        }
    }
}
