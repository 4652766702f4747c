using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TalentPortal.Testing;

namespace TalentPortal.Gateway.Tests;

/// <summary>The gateway alone, with demo accounts seeded and the services pointed at a closed port.</summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    /// <summary>Further settings of a variant of this host.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "talentportal-gateway-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Demo accounts are seeded only in Development.
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Seed:AccountsFile", RepositoryPaths.Combine("seeds", "demo-accounts.json"));
        foreach (var service in new[] { "talent-registry", "policy-matching", "housing" })
        {
            builder.UseSetting($"Services:{service}:Url", "http://127.0.0.1:9/");
            builder.UseSetting($"ReverseProxy:Clusters:{service}:Destinations:primary:Address", "http://127.0.0.1:9/");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
