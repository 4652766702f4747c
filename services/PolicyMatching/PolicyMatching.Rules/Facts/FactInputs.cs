using System.Globalization;
using TalentPortal.PolicyMatching.Rules.Compilation;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>
/// The input facts a version reads, written as text in the syntax of the YAML test inputs and read back, so an
/// evaluation can be recorded and run again on exactly what it read.
/// </summary>
public static class FactInputs
{
    /// <summary>The input facts the criteria, amount rows and uplifts of <paramref name="version"/> read, in catalogue
    /// order (a derived fact counts as the facts it derives from).</summary>
    public static IReadOnlyList<Fact> ReadBy(PolicyVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var read = version.Criteria.Comparisons()
            .Concat(version.Benefit.Amounts.Where(r => r.When is not null).SelectMany(r => r.When!.Comparisons()))
            .Concat(version.Benefit.Uplifts.SelectMany(u => u.When.Comparisons()))
            .SelectMany(c => FactCatalog.Info(c.Fact).Inputs)
            .ToHashSet();
        return [.. FactCatalog.All.Where(read.Contains)];
    }

    /// <summary>The value of input fact <paramref name="fact"/> as text (<c>2025-06-30</c>, <c>Doctorate</c>, <c>true</c>,
    /// a comma-separated list for a set); null when unknown.</summary>
    public static string? Text(TalentFacts facts, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var info = FactCatalog.Info(fact);
        switch (info.Kind)
        {
            case FactKind.TextSet:
                return facts.HeldBenefits is { } held ? string.Join(",", held) : null;
            case FactKind.Text:
                return facts.IndustryChain;
            case FactKind.Decimal:
                return facts.TeamAverageAge?.ToString(CultureInfo.InvariantCulture);
        }

        if (info.IsDerived || !FactReader.TryRead(facts, fact, out var raw))
        {
            return null;
        }

        return info.Kind switch
        {
            FactKind.Bool => raw == 1 ? "true" : "false",
            FactKind.Date => FactFormatter.Date(DateOnly.FromDayNumber((int)raw)),
            FactKind.Enum => info.MemberByValue(raw)?.Key,
            _ => raw.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Facts holding exactly <paramref name="values"/> (fact key → <see cref="Text"/>), every other fact
    /// unknown, with no source map (every value trusted).</summary>
    /// <exception cref="ArgumentException">An unknown or derived fact, or a value of the wrong type; the message names every problem.</exception>
    public static TalentFacts From(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var facts = new TalentFacts();
        var problems = new List<string>();
        foreach (var (key, text) in values)
        {
            if (!FactCatalog.TryParse(key, out var fact))
            {
                problems.Add($"{key}: unknown fact");
                continue;
            }

            // A set is a list even when empty: an empty list (holds nothing) is not an unknown one.
            var info = FactCatalog.Info(fact);
            var items = info.Kind == FactKind.TextSet && text is not null ? text.Split(',', StringSplitOptions.RemoveEmptyEntries) : null;
            if (FactValues.TryParse(info, text, items, out var value, out var error))
            {
                facts = FactValues.With(facts, fact, value);
            }
            else
            {
                problems.Add($"{key}: {error}");
            }
        }

        return problems.Count == 0 ? facts : throw new ArgumentException(string.Join("; ", problems), nameof(values));
    }
}
