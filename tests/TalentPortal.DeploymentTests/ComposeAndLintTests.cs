namespace TalentPortal.DeploymentTests;

/// <summary>The compose file is valid for docker-compose (without an engine) and every deployment YAML file passes
/// yamllint (syntax, duplicate keys, indentation).</summary>
public sealed class ComposeAndLintTests
{
    /// <summary>Lines up to 200 characters (the compose file's healthcheck command), no "---" required at the top, "on"/"yes" keys
    /// allowed; everything else as yamllint's default, warnings included (-s).</summary>
    private const string LintConfig = "{extends: default, rules: {line-length: {max: 200}, document-start: disable, truthy: {check-keys: false}, comments: {min-spaces-from-content: 1}}}";

    [Fact]
    public void ComposeFile_isValid()
    {
        var (exit, output, error) = Repository.Run("docker-compose", ["-f", "docker-compose.yml", "config", "-q"],
            new Dictionary<string, string> { ["PERSONAL_DATA_KEY"] = "Y29tcG9zZS1jb25maWctY2hlY2stbm90LWEta2V5LTAwMDE=" });

        Assert.True(exit == 0, $"docker-compose config failed ({exit}): {output}{error}");
    }

    [Fact]
    public void DeploymentYaml_passesYamllint()
    {
        var files = Directory.EnumerateFiles(Repository.Combine("deploy", "k8s"), "*.yaml", SearchOption.AllDirectories)
            .Append(Repository.Combine("docker-compose.yml")).Order().ToList();
        Assert.True(files.Count > 10, "the manifests were not found");

        var (exit, output, error) = Repository.Run("yamllint", ["-s", "-f", "parsable", "-d", LintConfig, .. files]);

        Assert.True(exit == 0, $"yamllint found problems:\n{output}{error}");
    }
}
