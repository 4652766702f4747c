using TalentPortal.PolicyMatching.Rules;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Fact keys and their names from the catalogue, for answers that list facts (e.g. "待核验：学历").</summary>
public static class FactNames
{
    public static IReadOnlyList<string> Keys(IEnumerable<Fact> facts) => [.. facts.Select(FactCatalog.KeyOf)];

    /// <summary>The name (zh, en) of each key; a key the catalogue no longer knows is shown as itself.</summary>
    public static IReadOnlyList<LocalizedText> Of(IEnumerable<string> keys) =>
        [.. keys.Select(k => FactCatalog.TryParse(k, out var fact) ? FactCatalog.NameOf(fact) : new LocalizedText(k, k))];
}
