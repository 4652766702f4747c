using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure.Intake;

/// <summary>Fills the cube from the stored intake records before the service takes requests.</summary>
internal sealed partial class IntakeCubeLoader(IStore store, IntakeCube cube, ILogger<IntakeCubeLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var records = await store.FindAsync<IntakeRecord>(_ => true, cancellationToken: cancellationToken);
        cube.AddRange(records);
        LogLoaded(logger, records.Count, cube.CellCount);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Intake cube loaded: {Records} hires in {Cells} cells.")]
    private static partial void LogLoaded(ILogger logger, int records, int cells);
}
