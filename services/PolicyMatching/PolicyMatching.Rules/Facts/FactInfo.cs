namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Metadata of one fact: YAML key, storage kind, bilingual name and what it derives from.</summary>
internal sealed class FactInfo
{
    public required Fact Fact { get; init; }

    public required string Key { get; init; }

    public required FactKind Kind { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>For enums: whether <c>min</c>/<c>max</c> make sense.</summary>
    public bool Ordered { get; init; }

    public IReadOnlyList<EnumMember> Members { get; init; } = [];

    /// <summary>The input facts a derived fact is computed from; empty for an input fact.</summary>
    public IReadOnlyList<Fact> DerivedFrom { get; init; } = [];

    public Mutability Mutability { get; init; }

    /// <summary>Largest meaningful operand (e.g. 12 for months within the last 12 months).</summary>
    public long? MaxOperand { get; init; }

    public bool IsDerived => DerivedFrom.Count > 0;

    /// <summary>The input facts that must be known to evaluate this fact.</summary>
    public IReadOnlyList<Fact> Inputs => IsDerived ? DerivedFrom : [Fact];

    public EnumMember? MemberByValue(long value)
    {
        foreach (var m in Members)
        {
            if (m.Value == value)
            {
                return m;
            }
        }

        return null;
    }

    public EnumMember? MemberByKey(string key)
    {
        foreach (var m in Members)
        {
            if (string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }
}
