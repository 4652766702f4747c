using TalentPortal.PolicyMatching.Rules.Compilation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>A policy as data: identity, legal source and dated versions. Built by <see cref="Loading.PolicyLoader"/>.</summary>
public sealed class PolicyDefinition
{
    internal PolicyDefinition(
        string code,
        LocalizedText name,
        string category,
        LocalizedText authority,
        string legalReference,
        bool oncePerPerson,
        string? exclusionGroup,
        StackingRule stacking,
        IReadOnlyList<PolicyVersion> versions,
        IReadOnlyList<PolicyTestCase> testCases,
        string sourceFile,
        FactTrust? trust = null)
    {
        Code = code;
        Name = name;
        Category = category;
        Authority = authority;
        LegalReference = legalReference;
        OncePerPerson = oncePerPerson;
        ExclusionGroup = exclusionGroup;
        Stacking = stacking;
        Versions = versions;
        TestCases = testCases;
        SourceFile = sourceFile;
        Trust = trust ?? FactTrust.Default;
        Compiled = new CompiledPolicy(this);
    }

    /// <summary>Stable code, e.g. <c>HOME_PURCHASE</c>.</summary>
    public string Code { get; }

    /// <summary>Bilingual name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Category, e.g. <c>Housing</c>, <c>Allowance</c>, <c>Startup</c>.</summary>
    public string Category { get; }

    /// <summary>Issuing authority.</summary>
    public LocalizedText Authority { get; }

    /// <summary>The legal document(s) the policy rests on.</summary>
    public string LegalReference { get; }

    /// <summary>Whether a person can receive it only once (enforced by the ledger keyed by national ID).</summary>
    public bool OncePerPerson { get; }

    /// <summary>Exclusion group, e.g. <c>housing</c>; null when it stacks with everything.</summary>
    public string? ExclusionGroup { get; }

    /// <summary>How it combines with the other benefits of its exclusion group.</summary>
    public StackingRule Stacking { get; }

    /// <summary>Versions ordered by <see cref="PolicyVersion.EffectiveFrom"/>; their date ranges do not overlap.</summary>
    public IReadOnlyList<PolicyVersion> Versions { get; }

    /// <summary>Example cases kept beside the policy (OpenFisca-style), run by the test suite.</summary>
    public IReadOnlyList<PolicyTestCase> TestCases { get; }

    /// <summary>File the policy was loaded from.</summary>
    public string SourceFile { get; }

    /// <summary>The sources the policy accepts per fact (its <c>trust:</c> map over the catalogue's defaults).</summary>
    public FactTrust Trust { get; }

    /// <summary>The compiled form used for fast batch evaluation.</summary>
    public CompiledPolicy Compiled { get; }

    /// <summary>The version in force on <paramref name="asOf"/>, or null.</summary>
    public PolicyVersion? VersionAt(DateOnly asOf)
    {
        foreach (var v in Versions)
        {
            if (v.IsInForce(asOf))
            {
                return v;
            }
        }

        return null;
    }
}
