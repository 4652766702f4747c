using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>Collects the problems of one file with their YAML paths and lines.</summary>
internal sealed class YamlErrors(string file)
{
    public string File { get; } = file;

    public List<PolicyError> List { get; } = [];

    public void Add(string path, YamlNode? node, string problem) =>
        List.Add(new PolicyError(File, path, problem, node is null ? 0 : (int)node.Start.Line));

    /// <summary>Reads a mapping, reporting a non-mapping node and any key not in <paramref name="allowed"/>.</summary>
    public YamlMap? Map(YamlNode? node, string path, IReadOnlyCollection<string> allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            Add(path, node, $"expected a mapping with keys {string.Join(", ", allowed)}");
            return null;
        }

        var entries = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
            {
                Add(Join(path, key), keyNode, $"unknown key '{key}'; allowed: {string.Join(", ", allowed)}");
            }
            else if (!entries.TryAdd(key, value))
            {
                Add(Join(path, key), keyNode, "duplicate key");
            }
        }

        return new YamlMap(this, mapping, path, entries);
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
