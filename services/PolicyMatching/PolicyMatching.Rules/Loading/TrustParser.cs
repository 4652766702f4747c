using TalentPortal.PolicyMatching.Rules.Facts;
using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>
/// Reads a policy's <c>trust:</c> map, fact key → the sources it accepts, e.g.
/// <c>trust: { degreeLevel: [OfficialVerified, Registry], socialInsuranceMonths: [Registry, EmployerAttested] }</c>.
/// Facts it does not name keep the catalogue's defaults.
/// </summary>
internal static class TrustParser
{
    private static readonly string KnownSources = string.Join(", ", Enum.GetNames<FactSource>());

    public static FactTrust? Parse(YamlErrors errors, YamlMap map)
    {
        var node = map.Get("trust", required: false);
        if (node is null)
        {
            return FactTrust.Default;
        }

        var path = map.PathOf("trust");
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(path, node, $"expected a mapping of fact → accepted sources, e.g. {{ degreeLevel: [OfficialVerified, Registry] }}");
            return null;
        }

        var count = errors.List.Count;
        var overrides = new Dictionary<Fact, IReadOnlyList<FactSource>>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var factPath = YamlErrors.Join(path, key);
            if (FactFor(errors, key, factPath, keyNode) is not { } fact)
            {
                continue;
            }

            if (overrides.ContainsKey(fact))
            {
                errors.Add(factPath, keyNode, "duplicate key");
                continue;
            }

            if (Sources(errors, value, factPath) is { } sources)
            {
                overrides[fact] = sources;
            }
        }

        return errors.List.Count > count ? null : new FactTrust(overrides);
    }

    private static Fact? FactFor(YamlErrors errors, string key, string path, YamlNode node)
    {
        if (!FactCatalog.TryParse(key, out var fact))
        {
            errors.Add(path, node, $"unknown fact '{key}'; known facts: {string.Join(", ", FactCatalog.All.Where(Settable).Select(FactCatalog.KeyOf))}");
            return null;
        }

        var info = FactCatalog.Info(fact);
        if (info.IsDerived)
        {
            errors.Add(path, node, $"{key} is derived from {string.Join(" and ", info.DerivedFrom.Select(FactCatalog.KeyOf))}; state the trust of those");
            return null;
        }

        if (FactCatalog.IsAlwaysTrusted(fact))
        {
            errors.Add(path, node, $"{key} is the system's own record and always trusted");
            return null;
        }

        return fact;
    }

    private static List<FactSource>? Sources(YamlErrors errors, YamlNode value, string path)
    {
        if (value is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            errors.Add(path, value, $"expected a non-empty list of sources ({KnownSources})");
            return null;
        }

        var sources = new List<FactSource>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var text = (item as YamlScalarNode)?.Value;
            if (text is null || !Enum.TryParse<FactSource>(text, ignoreCase: false, out var source) || !Enum.IsDefined(source) || char.IsDigit(text[0]))
            {
                errors.Add($"{path}[{i}]", item, $"unknown source {YamlMap.Show(item)}; use {KnownSources}");
                return null;
            }

            if (sources.Contains(source))
            {
                errors.Add($"{path}[{i}]", item, $"{source} is listed twice");
                return null;
            }

            sources.Add(source);
        }

        return sources;
    }

    private static bool Settable(Fact fact) => !FactCatalog.Info(fact).IsDerived && !FactCatalog.IsAlwaysTrusted(fact);
}
