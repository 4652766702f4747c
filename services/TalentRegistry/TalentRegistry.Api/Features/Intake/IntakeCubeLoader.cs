using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Fills the cube from the stored intake records before the service takes requests. A record the cube refuses
/// (a value outside its definition) is skipped, logged and reported by readiness, so one bad record cannot keep the
/// service from starting.</summary>
internal sealed partial class IntakeCubeLoader(IStore store, IntakeCube cube, SkippedIntakeRecords skipped, ILogger<IntakeCubeLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var records = await store.FindAsync<IntakeRecord>(_ => true, cancellationToken: cancellationToken);
        foreach (var record in records)
        {
            if (!cube.TryAdd(record, out var problem))
            {
                skipped.Add(record.Id, problem!);
                LogSkipped(logger, record.Id, problem!);
            }
        }

        LogLoaded(logger, records.Count - skipped.Count, cube.CellCount, skipped.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake cube loaded: {Records} hires in {Cells} cells ({Skipped} records skipped).")]
    private static partial void LogLoaded(ILogger logger, int records, int cells, int skipped);

    [LoggerMessage(Level = LogLevel.Error, Message = "Intake record {RecordId} skipped: {Problem}")]
    private static partial void LogSkipped(ILogger logger, Guid recordId, string problem);
}
