using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace TalentPortal.Storage.Jobs;

public static class JobOwnershipExtensions
{
    /// <summary>Registers <see cref="JobOwner"/> and this replica's heartbeat, for services that run background jobs.</summary>
    public static IHostApplicationBuilder AddJobOwnership(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<JobOptions>(builder.Configuration.GetSection("Jobs"));
        builder.Services.AddSingleton<JobOwner>();
        builder.Services.AddHostedService<ReplicaHeartbeatService>();
        return builder;
    }
}
