using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Outside Development talent-registry starts only with the personal-data key it is given (well formed) and
/// never seeds demo graduates; what is wrong is said at start-up.</summary>
public sealed class ProductionStartTests
{
    private sealed class ProductionRegistry(IDictionary<string, string?> settings) : ServiceFactory<Program>
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(settings)
        {
            [WebHostDefaults.EnvironmentKey] = Environments.Production,
        };
    }

    private static async Task<string> StartFailureAsync(IDictionary<string, string?> settings)
    {
        var registry = new ProductionRegistry(settings);
        await ((IAsyncLifetime)registry).InitializeAsync();
        try
        {
            return Assert.Throws<InvalidOperationException>(() => registry.CreateClient()).Message;
        }
        finally
        {
            await ((IAsyncLifetime)registry).DisposeAsync();
        }
    }

    [Fact]
    public async Task WithoutAPersonalDataKey_theStartFails_namingTheSetting()
    {
        var message = await StartFailureAsync(new Dictionary<string, string?> { ["PersonalData:Key"] = "" });

        Assert.Contains("PersonalData:Key is not set", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAKeyOfTheWrongLength_theStartFails_sayingWhatAKeyIs()
    {
        var message = await StartFailureAsync(new Dictionary<string, string?> { ["PersonalData:Key"] = Convert.ToBase64String(new byte[16]) });

        Assert.Contains("must be 32 bytes in base64", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskingForDemoData_outsideDevelopment_stopsTheStart()
    {
        var message = await StartFailureAsync(new Dictionary<string, string?> { ["Seed:DemoData"] = "true" });

        Assert.Contains("Seed:DemoData is set in the Production environment", message, StringComparison.Ordinal);
    }
}
