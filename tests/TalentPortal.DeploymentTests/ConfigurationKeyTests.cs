using System.Text.RegularExpressions;
using static TalentPortal.DeploymentTests.Manifests;

namespace TalentPortal.DeploymentTests;

/// <summary>The environment variables the manifests give the hosts are configuration keys the hosts really read: each
/// name matches a known key, and the code that reads that key is found in the sources (so a misspelt name, or one the
/// code stopped reading, fails here instead of being silently ignored in a cluster).</summary>
public sealed partial class ConfigurationKeyTests
{
    /// <summary>Known keys (environment form, __ for :) and text that must appear in the hosts' C# sources.</summary>
    private static readonly (Regex Key, string[] Evidence)[] Known =
    [
        (Key("ASPNETCORE_ENVIRONMENT"), []),
        (Key("OTEL_EXPORTER_OTLP_ENDPOINT"), ["\"OTEL_EXPORTER_OTLP_ENDPOINT\""]),
        (Key("ConnectionStrings__mongo"), ["GetConnectionString(\"mongo\")"]),
        (Key("Storage__Database"), ["\"Storage:Database\""]),
        (Key("RabbitMq__(Host|Username|Password)"), ["GetSection(\"RabbitMq\")", "public string Host", "public string Username", "public string Password"]),
        (Key("Auth__Authority"), ["GetSection(\"Auth\")", "auth[\"Authority\"]"]),
        (Key("Auth__SigningKeyPath"), ["\"Auth:SigningKeyPath\""]),
        (Key("PersonalData__Key"), ["\"PersonalData:Key\""]),
        (Key("Seed__DemoData"), ["\"Seed:DemoData\""]),
        (Key("Seed__AccountsFile"), ["\"Seed:AccountsFile\""]),
        (Key("Policies__SeedDirectory"), ["\"Policies:SeedDirectory\""]),
        (Key("Policies__CatalogRefreshInterval"), ["GetSection(\"Policies\")", "public TimeSpan CatalogRefreshInterval"]),
        (Key("Rematch__StartDelay"), ["GetSection(\"Rematch\")", "public TimeSpan StartDelay"]),
        (Key("Gateway__TrustedProxies__[0-9]+"), ["\"Gateway:TrustedProxies\""]),
        (Key("ReverseProxy__Clusters__(talent-registry|policy-matching|housing|portal)__Destinations__primary__Address"), ["GetSection(\"ReverseProxy\")"]),
        (Key("Services__(talent-registry|policy-matching|housing)__Url"), ["$\"Services:{appId}:Url\""]),
        (Key("Portal__GatewayUrl"), ["\"Portal:GatewayUrl\""]),
        (Key("Portal__TrustedProxies__[0-9]+"), ["\"Portal:TrustedProxies\""]),
        (Key("Portal__KeysDirectory"), ["\"Portal:KeysDirectory\""]),
    ];

    private static Regex Key(string pattern) => new($"^{pattern}$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Overlays => [Dev, Prod];

    [Theory]
    [MemberData(nameof(Overlays))]
    public void EveryVariableGivenToAHost_isAKeyTheHostsRead(string overlay)
    {
        var rendered = Render(overlay);
        var unknown = new List<string>();
        foreach (var host in Hosts)
        {
            var container = Containers(rendered.Find("Deployment", host)!).First();
            unknown.AddRange(Environment(rendered, container).Keys.Where(k => !Known.Any(known => known.Key.IsMatch(k))).Select(k => $"{host}: {k}"));
        }

        Assert.True(unknown.Count == 0, "variables no host reads (or not yet known to this test): " + string.Join(", ", unknown));
    }

    [Fact]
    public void EveryKnownKey_isStillReadByTheCode()
    {
        var sources = string.Join('\n', new[] { "services", "gateway" }
            .SelectMany(d => Directory.EnumerateFiles(Repository.Combine(d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));

        var missing = Known.SelectMany(k => k.Evidence.Where(e => !sources.Contains(e, StringComparison.Ordinal)).Select(e => $"{k.Key}: {e}")).ToList();

        Assert.True(missing.Count == 0, "keys whose reading code is gone: " + string.Join(", ", missing));
    }
}
