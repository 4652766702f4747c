using Microsoft.Extensions.Hosting;

namespace TalentPortal.Storage;

/// <summary>Creates collections and indexes before consumers and endpoints start.</summary>
internal sealed class StoreInitializer(IStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
