namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Applies what-if overrides written as text (the same syntax as the YAML test inputs).</summary>
public static class FactOverrides
{
    /// <summary>
    /// Returns a copy of <paramref name="facts"/> with each override applied. Keys are fact keys
    /// (<c>socialInsuranceMonths</c>); a null or empty value makes the fact unknown; set-valued facts take a comma-separated list.
    /// A supposed value is the person's own: with a source map, each overridden fact becomes self-declared.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown fact, a derived fact or a value of the wrong type; the message names every problem.</exception>
    public static TalentFacts Apply(TalentFacts facts, IReadOnlyDictionary<string, string?> overrides)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(overrides);
        var problems = new List<string>();
        var sources = facts.Sources is { } known ? new Dictionary<Fact, FactSource>(known) : null;
        foreach (var (key, raw) in overrides)
        {
            if (!FactCatalog.TryParse(key, out var fact))
            {
                problems.Add($"{key}: unknown fact");
                continue;
            }

            if (FactValues.TryParse(FactCatalog.Info(fact), raw, null, out var value, out var error))
            {
                facts = FactValues.With(facts, fact, value);
                sources?.Remove(fact);
            }
            else
            {
                problems.Add($"{key}: {error}");
            }
        }

        return problems.Count == 0 ? facts with { Sources = sources } : throw new ArgumentException(string.Join("; ", problems), nameof(overrides));
    }
}
