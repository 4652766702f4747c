using System.Globalization;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;
using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>Parses and type-checks a criteria tree of one version.</summary>
internal sealed class CriteriaParser(YamlErrors errors, string document)
{
    private static readonly string[] Operators = ["eq", "ne", "min", "max", "in", "notIn", "after", "before", "contains", "notContains"];
    private static readonly string[] LeafKeys = ["id", "fact", "article", "document", .. Operators];
    private static readonly string[] GroupKeys = ["id", "all", "any", "not"];
    private static readonly string KnownFacts = string.Join(", ", FactCatalog.All.Select(FactCatalog.KeyOf));

    /// <summary>The largest count, age or number of months a criterion may name (a century of months).</summary>
    private const long MaxCount = 1200;

    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private string? _defaultArticle;

    /// <summary>Every id given in this version, for checking test expectations.</summary>
    public IEnumerable<string> Ids => _ids.Keys;

    /// <summary>Parses the condition of an amount row or uplift; its comparisons default to the row's article.</summary>
    public CriterionNode? ParseCondition(YamlNode? node, string path, string? article)
    {
        _defaultArticle = article;
        try
        {
            return Parse(node, path);
        }
        finally
        {
            _defaultArticle = null;
        }
    }

    public CriterionNode? Parse(YamlNode? node, string path)
    {
        if (node is YamlMappingNode mapping && mapping.Children.Keys.Any(k => k is YamlScalarNode { Value: "all" or "any" or "not" }))
        {
            return Group(errors.Map(node, path, GroupKeys)!, path);
        }

        var map = errors.Map(node, path, LeafKeys);
        return map is null ? null : Leaf(map, path);
    }

    private CriterionNode? Group(YamlMap map, string path)
    {
        var id = Id(map, path);
        var kinds = GroupKeys.Skip(1).Where(map.Has).ToList();
        if (kinds.Count != 1)
        {
            errors.Add(path, map.Node, $"a group has exactly one of all, any, not; found {string.Join(" and ", kinds)}");
            return null;
        }

        if (kinds[0] == "not")
        {
            var child = Parse(map.Get("not", true), map.PathOf("not"));
            return child is null ? null : new NotOf(id, path, child);
        }

        var items = map.Sequence(kinds[0]);
        if (items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            errors.Add(map.PathOf(kinds[0]), map.Node, "an empty group is not allowed");
            return null;
        }

        var children = items.Select((item, i) => Parse(item, $"{map.PathOf(kinds[0])}[{i}]")).ToList();
        if (children.Any(c => c is null))
        {
            return null;
        }

        return kinds[0] == "all" ? new AllOf(id, path, children!) : new AnyOf(id, path, children!);
    }

    private Comparison? Leaf(YamlMap map, string path)
    {
        var id = Id(map, path);
        var factKey = map.String("fact");
        var article = _defaultArticle is not null && !map.Has("article") ? _defaultArticle : Article(errors, map);
        var ownDocument = map.String("document", required: false);

        var operators = Operators.Where(map.Has).ToList();
        if (operators.Count != 1)
        {
            errors.Add(path, map.Node, $"a criterion has exactly one operator of {string.Join(", ", Operators)}; found {(operators.Count == 0 ? "none" : string.Join(", ", operators))}");
            return null;
        }

        if (factKey is null)
        {
            return null;
        }

        if (!FactCatalog.TryParse(factKey, out var fact))
        {
            errors.Add(map.PathOf("fact"), map.Get("fact", false), $"unknown fact '{factKey}'; known facts: {KnownFacts}");
            return null;
        }

        var info = FactCatalog.Info(fact);
        var name = operators[0];
        if (!Allowed(info).Contains(name))
        {
            errors.Add(map.PathOf(name), map.Get(name, false), $"operator '{name}' does not apply to {info.Key} ({FactValues.Expected(info)}); use {string.Join(", ", Allowed(info))}");
            return null;
        }

        var operandPath = map.PathOf(name);
        var operand = Operand(info, name, map.Get(name, true)!, operandPath);
        if (operand is null || article is null)
        {
            return null;
        }

        var op = name switch
        {
            "eq" => ComparisonOperator.Eq,
            "ne" => ComparisonOperator.Ne,
            "min" or "after" => ComparisonOperator.Min,
            "max" or "before" => ComparisonOperator.Max,
            "in" => ComparisonOperator.In,
            "notIn" => ComparisonOperator.NotIn,
            "contains" => ComparisonOperator.Contains,
            _ => ComparisonOperator.NotContains,
        };
        return new Comparison(id, path, fact, op, operand, ownDocument ?? document, article, ownDocument is not null);
    }

    /// <summary>Reads the required <c>article</c> key: every rule names where in the law it comes from.</summary>
    public static string? Article(YamlErrors errors, YamlMap map)
    {
        if (map.Has("article"))
        {
            return map.String("article");
        }

        errors.Add(map.PathOf("article"), map.Node, "is required: every rule names the article of its source document");
        return null;
    }

    private string Id(YamlMap map, string path)
    {
        var id = map.Has("id") ? map.String("id") ?? path : path;
        if (!_ids.TryAdd(id, path))
        {
            errors.Add(map.PathOf("id"), map.Node, $"duplicate id '{id}' (also at {_ids[id]})");
        }

        return id;
    }

    private static string[] Allowed(FactInfo info) => info.Kind switch
    {
        FactKind.Bool => ["eq", "ne"],
        FactKind.Integer => ["eq", "ne", "min", "max"],
        FactKind.AgeYears or FactKind.ElapsedMonths or FactKind.ContractMonths or FactKind.Decimal => ["min", "max"],
        FactKind.Enum when info.Ordered => ["eq", "ne", "in", "notIn", "min", "max"],
        FactKind.Enum => ["eq", "ne", "in", "notIn"],
        FactKind.Date => ["eq", "ne", "min", "max", "after", "before"],
        FactKind.Text => ["eq", "ne", "in", "notIn"],
        _ => ["contains", "notContains"],
    };

    private ComparisonOperand? Operand(FactInfo info, string op, YamlNode node, string path)
    {
        if (op is "in" or "notIn")
        {
            if (node is not YamlSequenceNode { Children.Count: > 0 } list)
            {
                errors.Add(path, node, $"expected a non-empty list of {FactValues.Expected(info)}");
                return null;
            }

            var items = list.Children.Select((item, i) => Scalar(info, item, $"{path}[{i}]")).ToList();
            if (items.Any(i => i is null))
            {
                return null;
            }

            var mask = items.Aggregate(0UL, (m, i) => m | (info.Kind == FactKind.Enum ? 1UL << (int)i!.Value.Number : 0));
            return new ComparisonOperand(string.Join(", ", items.Select(i => i!.Value.Display)), 0, mask, 0, [.. items.Select(i => i!.Value.Display)]);
        }

        var scalar = Scalar(info, node, path);
        if (scalar is not { } s)
        {
            return null;
        }

        var number = op switch
        {
            "after" => s.Number + 1,
            "before" => s.Number - 1,
            _ => s.Number,
        };
        var display = op is "after" or "before" ? Date(number) : s.Display;
        return new ComparisonOperand(display, number, info.Kind == FactKind.Enum ? 1UL << (int)number : 0, s.Decimal, [s.Display]);
    }

    private (string Display, long Number, decimal Decimal)? Scalar(FactInfo info, YamlNode node, string path)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (text is not null)
        {
            switch (info.Kind)
            {
                case FactKind.Bool when FactValues.TryParseBool(text, out var b):
                    return (b ? "true" : "false", b ? 1 : 0, 0);
                case FactKind.Integer or FactKind.AgeYears or FactKind.ElapsedMonths or FactKind.ContractMonths
                    when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    if ((info.MaxOperand ?? MaxCount) is var max && n > max)
                    {
                        errors.Add(path, node, $"{info.Key} cannot exceed {max}");
                        return null;
                    }

                    return (n.ToString(CultureInfo.InvariantCulture), n, 0);
                case FactKind.Decimal when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d):
                    return (d.ToString(CultureInfo.InvariantCulture), 0, d);
                case FactKind.Date when FactValues.TryParseDate(text, out var date):
                    if (!EngineDates.IsPlausible(date))
                    {
                        errors.Add(path, node, $"{info.Key} must be between {EngineDates.EarliestFact:yyyy-MM-dd} and {EngineDates.LatestFact:yyyy-MM-dd}");
                        return null;
                    }

                    return (Date(date.DayNumber), date.DayNumber, 0);
                case FactKind.Enum when info.MemberByKey(text) is { } member:
                    return (member.Key, member.Value, 0);
                case FactKind.Text or FactKind.TextSet when text.Length > 0:
                    return (text, 0, 0);
            }
        }

        errors.Add(path, node, $"expected {FactValues.Expected(info)} for {info.Key}, got {YamlMap.Show(node)}");
        return null;
    }

    private static string Date(long dayNumber) => FactFormatter.Date(DateOnly.FromDayNumber((int)dayNumber));
}
