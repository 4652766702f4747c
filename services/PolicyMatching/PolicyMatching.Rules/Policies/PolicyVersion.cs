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

    /// <summary>
    /// This version with each criterion that <paramref name="previous"/> states alike (same id, fact, operator, operand
    /// and article) citing the document <paramref name="previous"/> cites for it: an amending notice is cited only for
    /// the criteria it changed, not for those carried over from the rules it amends.
    /// </summary>
    internal PolicyVersion CitingUnchangedFrom(PolicyVersion previous)
    {
        var before = new Dictionary<string, Comparison>(StringComparer.Ordinal);
        foreach (var comparison in previous.Criteria.Comparisons())
        {
            before.TryAdd(comparison.Id, comparison);
        }

        var criteria = Cite(Criteria, before);
        return ReferenceEquals(criteria, Criteria) ? this : new PolicyVersion(Id, EffectiveFrom, EffectiveTo, Document, criteria, Benefit);
    }

    /// <summary>The node with carried-over comparisons citing their earlier document; the node itself when none does.</summary>
    private static CriterionNode Cite(CriterionNode node, Dictionary<string, Comparison> before)
    {
        switch (node)
        {
            case Comparison c when !c.OwnDocument && before.TryGetValue(c.Id, out var earlier) && c.SameRuleAs(earlier) && c.Document != earlier.Document:
                return c.CitingFrom(earlier.Document);
            case AllOf all when Cite(all.Children, before) is { } children:
                return all with { Children = children };
            case AnyOf any when Cite(any.Children, before) is { } children:
                return any with { Children = children };
            case NotOf not when Cite(not.Child, before) is var child && !ReferenceEquals(child, not.Child):
                return not with { Child = child };
            default:
                return node;
        }
    }

    private static List<CriterionNode>? Cite(IReadOnlyList<CriterionNode> children, Dictionary<string, Comparison> before)
    {
        var cited = children.Select(child => Cite(child, before)).ToList();
        return cited.Where((child, i) => !ReferenceEquals(child, children[i])).Any() ? cited : null;
    }

    /// <summary>Whether this version is in force on <paramref name="date"/>.</summary>
    public bool IsInForce(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
