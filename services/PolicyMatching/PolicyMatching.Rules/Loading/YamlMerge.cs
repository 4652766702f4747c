using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>
/// Applies YAML merge keys (<c>&lt;&lt;: *anchor</c>) in place, keys written beside the merge winning, so test cases can
/// start from a shared set of facts and override a few. (YamlDotNet's MergingParser rejects such overrides as duplicates.)
/// </summary>
internal static class YamlMerge
{
    private const string MergeKey = "<<";

    public static void Apply(YamlNode node) => Apply(node, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));

    private static void Apply(YamlNode node, HashSet<YamlNode> seen)
    {
        if (!seen.Add(node))
        {
            return;
        }

        switch (node)
        {
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Apply(child, seen);
                }

                break;
            case YamlMappingNode mapping:
                foreach (var child in mapping.Children.Values.ToList())
                {
                    Apply(child, seen);
                }

                var key = new YamlScalarNode(MergeKey);
                if (mapping.Children.TryGetValue(key, out var merged))
                {
                    mapping.Children.Remove(key);
                    var sources = merged is YamlSequenceNode list ? list.Children : [merged];
                    foreach (var source in sources.OfType<YamlMappingNode>())
                    {
                        foreach (var (k, v) in source.Children)
                        {
                            if (!mapping.Children.ContainsKey(k))
                            {
                                mapping.Children.Add(k, v);
                            }
                        }
                    }
                }

                break;
        }
    }
}
