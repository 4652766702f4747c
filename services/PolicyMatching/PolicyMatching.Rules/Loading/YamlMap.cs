using System.Globalization;
using TalentPortal.PolicyMatching.Rules.Facts;
using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>A YAML mapping read with typed accessors that report problems instead of throwing.</summary>
internal sealed class YamlMap(YamlErrors errors, YamlMappingNode node, string path, Dictionary<string, YamlNode> entries)
{
    public YamlMappingNode Node { get; } = node;

    public string PathOf(string key) => YamlErrors.Join(path, key);

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Get(string key, bool required)
    {
        if (entries.TryGetValue(key, out var value))
        {
            return value;
        }

        if (required)
        {
            errors.Add(PathOf(key), Node, "is required");
        }

        return null;
    }

    public string? String(string key, bool required = true)
    {
        var value = Get(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        errors.Add(PathOf(key), value, "expected a non-empty text");
        return null;
    }

    /// <summary>A date within <paramref name="within"/>, by default the dates a policy file may hold.</summary>
    public DateOnly? Date(string key, bool required = true, (DateOnly From, DateOnly To)? within = null)
    {
        var date = Parse(key, required, "a date (yyyy-MM-dd)", (string t, out DateOnly d) => FactValues.TryParseDate(t, out d));
        var (from, to) = within ?? (EngineDates.EarliestFact, EngineDates.LatestFact);
        if (date is { } d && (d < from || d > to))
        {
            errors.Add(PathOf(key), Get(key, false), $"must be between {from:yyyy-MM-dd} and {to:yyyy-MM-dd}");
            return null;
        }

        return date;
    }

    public decimal? Decimal(string key, bool required = true) => Parse(key, required, "a number",
        (string t, out decimal d) => decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out d));

    public int? Int(string key, bool required = true) => Parse(key, required, "a whole number",
        (string t, out int n) => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out n));

    public bool? Bool(string key, bool required = false) => Parse(key, required, "true or false",
        (string t, out bool b) => FactValues.TryParseBool(t, out b));

    public IReadOnlyList<YamlNode>? Sequence(string key, bool required = true)
    {
        var value = Get(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlSequenceNode sequence)
        {
            return [.. sequence.Children];
        }

        errors.Add(PathOf(key), value, "expected a list");
        return null;
    }

    public YamlMap? Map(string key, IReadOnlyCollection<string> allowed, bool required = true)
    {
        var value = Get(key, required);
        return value is null ? null : errors.Map(value, PathOf(key), allowed);
    }

    public LocalizedText? Localized(string key)
    {
        var map = Map(key, ["zh", "en"]);
        var zh = map?.String("zh");
        var en = map?.String("en");
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    private delegate bool TryParser<T>(string text, out T value);

    private T? Parse<T>(string key, bool required, string expected, TryParser<T> parse)
        where T : struct
    {
        var value = Get(key, required);
        if (value is null)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text } && parse(text, out var result))
        {
            return result;
        }

        errors.Add(PathOf(key), value, $"expected {expected}, got {Show(value)}");
        return null;
    }

    public static string Show(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
