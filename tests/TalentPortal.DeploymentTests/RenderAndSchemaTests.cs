namespace TalentPortal.DeploymentTests;

/// <summary>Both overlays (and the Dapr control-plane kustomization) render offline, and every rendered object matches
/// its schema: Kubernetes' own for built-in kinds and KEDA, the ones in tests/tools/k8s-schemas for the other custom
/// resources (tests/tools/validate-k8s.mjs).</summary>
public sealed class RenderAndSchemaTests
{
    public static TheoryData<string> Kustomizations => [Manifests.Dev, Manifests.Prod, Manifests.DaprSystem];

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void Kustomization_renders(string kustomization)
    {
        var rendered = Manifests.RenderNow(kustomization);

        Assert.NotEmpty(rendered.Objects);
        Assert.All(rendered.Objects, o => Assert.False(string.IsNullOrEmpty(Manifests.Name(o)), $"an object without a name in {kustomization}"));
    }

    [Theory]
    [MemberData(nameof(Kustomizations))]
    public void EveryRenderedObject_matchesItsSchema(string kustomization)
    {
        var validator = Repository.Combine("tests", "tools", "validate-k8s.mjs");
        Assert.True(Directory.Exists(Repository.Combine("tests", "tools", "node_modules", "kubernetes-models")),
            "tests/tools/node_modules lacks the schema validator: run `npm ci` in tests/tools (tests/run.sh does).");

        var (exit, output, error) = Repository.Run("node", [validator, "-"], input: Manifests.Render(kustomization).Yaml);

        Assert.True(exit == 0, $"schema check of {kustomization} failed:\n{string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("ok ", StringComparison.Ordinal)))}\n{error}");
        Assert.Contains($"{Manifests.Render(kustomization).Objects.Count} objects, 0 invalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaCheck_refusesAnObjectThatBreaksItsSchema()
    {
        const string broken = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              replicas: "two"
              selector: {}
              template:
                spec:
                  containers: [{name: a}]
            ---
            apiVersion: rabbitmq.com/v1beta1
            kind: RabbitmqCluster
            metadata:
              name: broken
            spec:
              replica: 3
            ---
            apiVersion: example.com/v1
            kind: Unknown
            metadata:
              name: broken
            """;

        var (exit, output, _) = Repository.Run("node", [Repository.Combine("tests", "tools", "validate-k8s.mjs"), "-"], input: broken);

        Assert.NotEqual(0, exit);
        Assert.Contains("3 objects, 3 invalid", output, StringComparison.Ordinal);
    }
}
