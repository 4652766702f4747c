namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>
/// The sources a policy accepts for each fact: the catalogue's defaults (<see cref="FactCatalog.DefaultSourcesOf"/>),
/// replaced per fact by the policy's <c>trust:</c> map. A value from another source is pending verification: it may show
/// a talent as eligible, but nothing is approved or paid on it.
/// </summary>
public sealed class FactTrust
{
    private readonly int[] _accepted;

    internal FactTrust(IReadOnlyDictionary<Fact, IReadOnlyList<FactSource>> overrides)
    {
        Overrides = overrides;
        _accepted = [.. FactCatalog.All.Select(f => Mask(overrides.TryGetValue(f, out var sources) ? sources : FactCatalog.DefaultSourcesOf(f)))];
    }

    /// <summary>The catalogue's defaults, for a policy without a <c>trust:</c> map.</summary>
    public static FactTrust Default { get; } = new(new Dictionary<Fact, IReadOnlyList<FactSource>>());

    /// <summary>The facts the policy's <c>trust:</c> map sets, with their accepted sources.</summary>
    public IReadOnlyDictionary<Fact, IReadOnlyList<FactSource>> Overrides { get; }

    /// <summary>The sources accepted for <paramref name="fact"/>, in <see cref="FactSource"/> order.</summary>
    public IReadOnlyList<FactSource> AcceptedSources(Fact fact) =>
        [.. Enum.GetValues<FactSource>().Where(s => (_accepted[(int)fact] & (1 << (int)s)) != 0)];

    /// <summary>Whether the value of input fact <paramref name="fact"/> in <paramref name="facts"/> comes from an accepted
    /// source. Without a source map every value is trusted; a fact the map does not list is self-declared.</summary>
    public bool Trusts(TalentFacts facts, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Sources is not { } sources || FactCatalog.IsAlwaysTrusted(fact))
        {
            return true;
        }

        var source = sources.TryGetValue(fact, out var s) ? s : FactSource.SelfDeclared;
        return (_accepted[(int)fact] & (1 << (int)source)) != 0;
    }

    /// <summary>The facts with every value from a source this policy does not accept made unknown: what an approval or a
    /// payment may rest on.</summary>
    public TalentFacts WithoutUntrusted(TalentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Sources is null)
        {
            return facts;
        }

        foreach (var fact in FactCatalog.All)
        {
            if (!FactCatalog.Info(fact).IsDerived && !Trusts(facts, fact))
            {
                facts = FactValues.With(facts, fact, null);
            }
        }

        return facts;
    }

    /// <summary>The bits (one per <see cref="Fact"/>) of the inputs of <paramref name="fact"/> that are not trusted.</summary>
    internal ulong Untrusted(TalentFacts facts, Fact fact)
    {
        ulong bits = 0;
        foreach (var input in FactCatalog.Info(fact).Inputs)
        {
            if (!Trusts(facts, input))
            {
                bits |= 1UL << (int)input;
            }
        }

        return bits;
    }

    private static int Mask(IEnumerable<FactSource> sources) => sources.Aggregate(0, (m, s) => m | (1 << (int)s));
}
