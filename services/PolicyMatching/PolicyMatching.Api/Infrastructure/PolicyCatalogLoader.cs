using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>At start-up: publishes the seed policy files the store does not know yet, then loads every published text.</summary>
internal sealed partial class PolicyCatalogLoader(
    IStore store, PolicyCatalog catalog, IConfiguration configuration, IHostEnvironment environment, TimeProvider time, ILogger<PolicyCatalogLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (PolicyCatalog.SeedDirectory(configuration, environment) is { } directory)
        {
            var known = (await store.FindAsync<PolicyDocument>(d => d.State != PolicyDocumentState.Discarded, cancellationToken: cancellationToken))
                .Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
            var unitOfWork = store.BeginUnitOfWork();
            var seeded = 0;
            foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
            {
                var yaml = await File.ReadAllTextAsync(file, cancellationToken);
                var policy = PolicyLoader.Parse(yaml, Path.GetFileName(file));
                if (known.Add(policy.Code))
                {
                    unitOfWork.Insert(PolicyDocument.Seeded(policy.Code, yaml, time.GetUtcNow()));
                    seeded++;
                }
            }

            await unitOfWork.CommitAsync(cancellationToken);
            LogSeeded(logger, seeded, directory);
        }

        foreach (var refused in await ReloadAsync(store, catalog, cancellationToken))
        {
            LogRefused(logger, refused.ToString());
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Loads every published text; returns the problems of those left out.</summary>
    public static async Task<IReadOnlyList<PolicyError>> ReloadAsync(IStore store, PolicyCatalog catalog, CancellationToken cancellationToken)
    {
        var published = await store.FindAsync<PolicyDocument>(d => d.State == PolicyDocumentState.Published, cancellationToken: cancellationToken);
        return catalog.Replace(published);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A published policy text is left out of the catalogue: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} seed policies from {Directory}")]
    private static partial void LogSeeded(ILogger logger, int count, string directory);
}
