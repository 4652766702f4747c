using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentPortal.Storage;
using TalentPortal.Storage.Jobs;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.BulkImport;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>An import belongs to the replica that received its file: another replica leaves it alone while that
/// replica lives, and marks it failed (saying why) once it is gone.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class ImportOwnerTests(TalentRegistryFactory factory)
{
    private ImportWorker Worker => factory.Services.GetServices<IHostedService>().OfType<ImportWorker>().Single();

    private async Task<ImportJob> OtherReplicasImportAsync(string replica, bool alive)
    {
        var store = factory.Services.GetRequiredService<IStore>();
        var job = ImportJob.Submit("hires.csv", 10, "hr-1", "hr", Guid.NewGuid(), null, DateTimeOffset.UtcNow, owner: replica);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(job);
        if (alive)
        {
            unitOfWork.Insert(new ReplicaHeartbeat { Id = ReplicaHeartbeat.IdOf(replica), Instance = replica, BeatAt = DateTimeOffset.UtcNow });
        }

        await unitOfWork.CommitAsync();
        return job;
    }

    [Fact]
    public async Task AnImportOfAReplicaThatIsGone_isMarkedFailedSayingWhy_butOneOfALiveReplicaIsLeftToIt()
    {
        var store = factory.Services.GetRequiredService<IStore>();
        var gone = await OtherReplicasImportAsync($"gone-{Guid.NewGuid():N}", alive: false);
        var alive = await OtherReplicasImportAsync($"alive-{Guid.NewGuid():N}", alive: true);

        // (The worker also looks by itself every Jobs:HeartbeatInterval; whichever look comes first marks the job.)
        await Worker.FailOrphansAsync(CancellationToken.None);

        var failed = (await store.GetAsync<ImportJob>(gone.Id))!;
        Assert.Equal(ImportJobStatus.Failed, failed.Status);
        Assert.Contains($"The server running it ({gone.Owner}) stopped", failed.Failure, StringComparison.Ordinal);
        var untouched = (await store.GetAsync<ImportJob>(alive.Id))!;
        Assert.Equal((ImportJobStatus.Queued, alive.Version), (untouched.Status, untouched.Version));
    }
}
