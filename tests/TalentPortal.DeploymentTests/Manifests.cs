using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TalentPortal.DeploymentTests;

/// <summary>The objects one kustomization renders to (<c>kubectl kustomize</c>), as JSON trees whose scalars are strings.</summary>
public sealed class Rendered(string kustomization, string yaml, IReadOnlyList<JsonObject> objects)
{
    public string Kustomization { get; } = kustomization;

    public string Yaml { get; } = yaml;

    public IReadOnlyList<JsonObject> Objects { get; } = objects;

    public IEnumerable<JsonObject> OfKind(params string[] kinds) => Objects.Where(o => kinds.Contains(Manifests.Kind(o)));

    public JsonObject? Find(string kind, string name) => OfKind(kind).FirstOrDefault(o => Manifests.Name(o) == name);
}

public static class Manifests
{
    public const string Dev = "deploy/k8s/overlays/dev";
    public const string Prod = "deploy/k8s/overlays/prod";
    public const string DaprSystem = "deploy/k8s/dapr-system";

    /// <summary>The five hosts: Deployment names, Service names and (but the portal) Dapr app ids.</summary>
    public static readonly string[] Hosts = ["talent-registry", "policy-matching", "housing", "gateway", "portal"];

    /// <summary>The Dapr app ids used today (docker-compose.yml, ServiceIds): kebab-case service ids.</summary>
    public static readonly string[] DaprAppIds = ["talent-registry", "policy-matching", "housing", "gateway"];

    /// <summary>Kinds whose pods run the project's or the platform's containers.</summary>
    public static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];

    private static readonly ConcurrentDictionary<string, Lazy<Rendered>> Cache = new();

    public static Rendered Render(string kustomization) =>
        Cache.GetOrAdd(kustomization, k => new Lazy<Rendered>(() => RenderNow(k))).Value;

    public static Rendered RenderNow(string kustomization)
    {
        var (exit, output, error) = Repository.Run("kubectl", ["kustomize", Repository.Combine(kustomization)]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {kustomization} failed ({exit}): {error}");
        }

        return new Rendered(kustomization, output, Parse(output));
    }

    public static IReadOnlyList<JsonObject> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().Select(n => (JsonObject)ToJson(n)!)];
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? "", ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "null" or "~" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => null,
    };

    public static string Kind(JsonObject o) => Text(o["kind"]) ?? "";

    public static string Name(JsonObject o) => Text(o["metadata"]?["name"]) ?? "";

    public static string? Namespace(JsonObject o) => Text(o["metadata"]?["namespace"]);

    public static string Describe(JsonObject o) => $"{Kind(o)} {Namespace(o)}/{Name(o)}";

    public static string? Text(JsonNode? node) => node is JsonValue value ? value.ToString() : null;

    public static IEnumerable<JsonNode> Items(JsonNode? node) => node is JsonArray array ? array.OfType<JsonNode>() : [];

    public static IEnumerable<KeyValuePair<string, JsonNode?>> Entries(JsonNode? node) => node as JsonObject ?? [];

    /// <summary>The pod template's spec of a workload (a CronJob's through its job template).</summary>
    public static JsonObject? PodSpec(JsonObject workload) => Kind(workload) == "CronJob"
        ? workload["spec"]?["jobTemplate"]?["spec"]?["template"]?["spec"] as JsonObject
        : workload["spec"]?["template"]?["spec"] as JsonObject;

    public static JsonObject? PodMetadata(JsonObject workload) => Kind(workload) == "CronJob"
        ? workload["spec"]?["jobTemplate"]?["spec"]?["template"]?["metadata"] as JsonObject
        : workload["spec"]?["template"]?["metadata"] as JsonObject;

    public static IEnumerable<JsonObject> Containers(JsonObject workload) =>
        Items(PodSpec(workload)?["containers"]).Concat(Items(PodSpec(workload)?["initContainers"])).OfType<JsonObject>();

    /// <summary>The ConfigMap keys and env names a container sees, with their values (null when from a secret).</summary>
    public static Dictionary<string, string?> Environment(Rendered rendered, JsonObject container)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var source in Items(container["envFrom"]))
        {
            if (Text(source["configMapRef"]?["name"]) is { } name && rendered.Find("ConfigMap", name) is { } map)
            {
                foreach (var (key, value) in Entries(map["data"]))
                {
                    result[key] = Text(value);
                }
            }
        }

        foreach (var variable in Items(container["env"]))
        {
            result[Text(variable["name"]) ?? ""] = Text(variable["value"]);
        }

        return result;
    }
}
