using TalentPortal.PolicyMatching.Rules.Compilation;

namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>The rules of a policy in force over a date range.</summary>
public sealed class PolicyVersion
{
    internal PolicyVersion(string id, DateOnly effectiveFrom, DateOnly? effectiveTo, string document, CriterionNode criteria, BenefitRule benefit)
    {
        Id = id;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Document = document;
        Criteria = criteria;
        Benefit = benefit;
        Program = VersionCompiler.Compile(this);
    }

    /// <summary>Identifier, unique within the policy (e.g. <c>2021-10</c>).</summary>
    public string Id { get; }

    /// <summary>First day in force.</summary>
    public DateOnly EffectiveFrom { get; }

    /// <summary>Last day in force (inclusive); null while open-ended.</summary>
    public DateOnly? EffectiveTo { get; }

    /// <summary>The legal document this version encodes.</summary>
    public string Document { get; }

    /// <summary>Eligibility criteria.</summary>
    public CriterionNode Criteria { get; }

    /// <summary>Benefit schedule.</summary>
    public BenefitRule Benefit { get; }

    internal VersionProgram Program { get; }

    /// <summary>Whether this version is in force on <paramref name="date"/>.</summary>
    public bool IsInForce(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
