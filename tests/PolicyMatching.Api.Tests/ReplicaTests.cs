using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Features.Rematch;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage.Jobs;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Two replicas on one database: the host is one replica; a second catalogue with its own watcher over the same
/// store, or a job stamped with another replica's name, stands for the other.</summary>
public sealed class ReplicaTests(PolicyMatchingFactory factory) : IClassFixture<PolicyMatchingFactory>
{
    private const string Code = "REPLICA_ALLOWANCE";

    private PolicyCatalogWatcher OtherReplica(PolicyCatalog catalog) => new(
        factory.Services.GetRequiredService<Storage.IStore>(), catalog, TimeProvider.System,
        Options.Create(new PolicyCatalogOptions()), NullLogger<PolicyCatalogWatcher>.Instance);

    [Fact]
    public async Task APolicyPublishedOrRetiredThroughOneReplica_reachesTheOtherReplicasCatalogue_onItsNextLook()
    {
        using var admin = factory.ClientFor(Roles.Admin);
        var other = new PolicyCatalog();
        var watcher = OtherReplica(other);
        Assert.True(await watcher.RefreshAsync(CancellationToken.None));
        Assert.False(await watcher.RefreshAsync(CancellationToken.None));
        Assert.Null(other.Find(Code));

        var yaml = File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", "living-allowance.yaml"))
            .Replace("code: LIVING_ALLOWANCE", $"code: {Code}", StringComparison.Ordinal);
        var draft = await (await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml })).Content.ReadFromJsonAsync<JsonElement>();
        var published = await admin.PostAsJsonAsync($"/api/policies/drafts/{draft.GetProperty("id").GetGuid()}/publish", new { });
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);

        Assert.NotNull(factory.Services.GetRequiredService<PolicyCatalog>().Find(Code));
        Assert.True(await watcher.RefreshAsync(CancellationToken.None));
        Assert.NotNull(other.Find(Code));
        Assert.False(await watcher.RefreshAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsync($"/api/policies/{Code}/retire", null)).StatusCode);

        Assert.True(await watcher.RefreshAsync(CancellationToken.None));
        Assert.Null(other.Find(Code));
        Assert.Equal(factory.Services.GetRequiredService<PolicyCatalog>().Fingerprint, other.Fingerprint);
    }

    private RematchWorker Worker => factory.Services.GetServices<IHostedService>().OfType<RematchWorker>().Single();

    private async Task<RematchJob> OtherReplicasJobAsync(string replica, bool otherReplicaAlive)
    {
        var store = factory.Services.GetRequiredService<Storage.IStore>();
        var unitOfWork = store.BeginUnitOfWork();
        var job = RematchJob.For("LIVING_ALLOWANCE", replica, factory.Clock.GetUtcNow());
        job.State = "Running";
        unitOfWork.Insert(job);
        if (otherReplicaAlive)
        {
            unitOfWork.Insert(new ReplicaHeartbeat { Id = ReplicaHeartbeat.IdOf(replica), Instance = replica, BeatAt = factory.Clock.GetUtcNow() });
        }

        await unitOfWork.CommitAsync();
        return job;
    }

    [Fact]
    public async Task AReMatchOfAReplicaThatIsGone_isTakenOverAndFinished_butOneOfALiveReplicaIsLeftToIt()
    {
        var store = factory.Services.GetRequiredService<Storage.IStore>();
        var gone = await OtherReplicasJobAsync("replica-gone", otherReplicaAlive: false);
        var alive = await OtherReplicasJobAsync("replica-alive", otherReplicaAlive: true);

        // (The worker also looks by itself every Jobs:HeartbeatInterval; whichever look comes first takes the job.)
        await Worker.TakeOverOrphansAsync(CancellationToken.None);

        var finished = await Eventually.GetAsync(async () => await store.GetAsync<RematchJob>(gone.Id) is { State: "Completed" or "Failed" } job ? job : null, TimeSpan.FromMinutes(1), "the taken-over re-match to finish");
        Assert.True(finished.State == "Completed", $"The re-match ended {finished.State}: {finished.Error}");
        Assert.Equal(factory.Services.GetRequiredService<JobOwner>().Instance, finished.Owner);
        var untouched = (await store.GetAsync<RematchJob>(alive.Id))!;
        Assert.Equal(("Running", "replica-alive", alive.Version), (untouched.State, untouched.Owner, untouched.Version));
        Assert.Equal(0, await Worker.TakeOverOrphansAsync(CancellationToken.None));
    }
}
