using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace TalentPortal.ServiceDefaults;

/// <summary>The demo data switch (<c>Seed:DemoData</c>): demo accounts have published passwords and demo graduates are
/// invented, so they are seeded only in Development; asking for them in any other environment stops the start.</summary>
public static class DemoData
{
    public const string Setting = "Seed:DemoData";

    /// <summary>Whether demo data is to be seeded; throws at start-up when it is asked for outside Development.</summary>
    public static bool IsRequested(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var requested = configuration.GetValue(Setting, false);
        if (requested && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{Setting} is set in the {environment.EnvironmentName} environment. Demo data (accounts with published passwords, invented graduates) " +
                "is seeded only in Development: remove the setting, or run with ASPNETCORE_ENVIRONMENT=Development on a machine nobody else uses.");
        }

        return requested;
    }
}
