using Microsoft.Extensions.Options;
using TalentPortal.Storage.Jobs;
using TalentPortal.Storage.LiteDb;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

public sealed class JobOwnerTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talentportal-job-owner-tests", Guid.NewGuid().ToString("N"));
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
    private LiteDbStore _store = null!;

    private sealed class ManualTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed record Job(string? Owner) : IOwnedJob;

    public async Task InitializeAsync()
    {
        _store = new LiteDbStore(Path.Combine(_directory, "jobs.db"), SampleModel.Create().Collection<ReplicaHeartbeat>("replica_heartbeats"), _time, new OutboxSignal());
        await _store.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private JobOwner Replica(string name) => new(_store, _time, Options.Create(new JobOptions { Instance = name, OwnerTimeout = TimeSpan.FromMinutes(2) }));

    [Fact]
    public async Task AJobIsOrphaned_onlyWhenItsOwnerHasNotBeatenWithinTheTimeout()
    {
        var a = Replica("a");
        var b = Replica("b");
        await a.BeatAsync(CancellationToken.None);

        Assert.False(await b.IsOrphanedAsync(new Job("a"), CancellationToken.None));
        _time.Now += TimeSpan.FromMinutes(1);
        await a.BeatAsync(CancellationToken.None);
        _time.Now += TimeSpan.FromMinutes(1.5);
        Assert.False(await b.IsOrphanedAsync(new Job("a"), CancellationToken.None));

        _time.Now += TimeSpan.FromMinutes(1);
        Assert.True(await b.IsOrphanedAsync(new Job("a"), CancellationToken.None));
        Assert.True(await b.IsOrphanedAsync(new Job("never-seen"), CancellationToken.None));
    }

    [Fact]
    public async Task AReplicaOwnsItsOwnJobs_andThoseOfNoOne_evenWithoutAHeartbeat()
    {
        var a = Replica("a");

        Assert.True(a.Owns(new Job("a")));
        Assert.True(a.Owns(new Job(null)));
        Assert.False(a.Owns(new Job("b")));
        Assert.False(await a.IsOrphanedAsync(new Job("a"), CancellationToken.None));
        Assert.False(await a.IsOrphanedAsync(new Job(null), CancellationToken.None));
    }
}
