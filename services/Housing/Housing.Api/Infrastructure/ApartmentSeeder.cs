using System.Text.Json;
using Microsoft.Extensions.Options;
using TalentPortal.Housing.Domain;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>At start-up, when the store holds no apartment project yet, loads the projects and units of
/// Housing:ApartmentsFile (default seeds/apartments.json). Idempotent: a second start (or a replica racing this one)
/// changes nothing.</summary>
internal sealed partial class ApartmentSeeder(IStore store, IOptions<HousingOptions> options, TimeProvider time, ILogger<ApartmentSeeder> logger)
    : IHostedService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(allowIntegerValues: false) } };

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = SeedFiles.Locate(options.Value.ApartmentsFile, "apartments.json");
        if (!File.Exists(path))
        {
            LogNoSeeds(logger, path);
            return;
        }

        if (await store.CountAsync<ApartmentProject>(_ => true, cancellationToken) > 0)
        {
            return;
        }

        var file = JsonSerializer.Deserialize<SeedFile>(await File.ReadAllTextAsync(path, cancellationToken), Json) ?? new SeedFile();
        var now = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        var units = 0;
        foreach (var seed in file.Projects)
        {
            var project = ApartmentProject.Create(seed.Code, seed.Name, seed.Street, seed.Address, seed.Illustrative, "seed", now);
            unitOfWork.Insert(project);
            foreach (var unit in seed.Units)
            {
                unitOfWork.Insert(ApartmentUnit.Create(project, unit.Number, unit.Layout, unit.Area, unit.MonthlyRent));
                units++;
            }
        }

        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
            LogSeeded(logger, file.Projects.Count, units);
        }
        catch (DuplicateKeyException)
        {
            // Another replica seeded first.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Apartment seed file {Path} not found; no projects seeded.")]
    private static partial void LogNoSeeds(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Projects} apartment projects with {Units} units.")]
    private static partial void LogSeeded(ILogger logger, int projects, int units);

    private sealed class SeedFile
    {
        public List<ProjectSeed> Projects { get; init; } = [];
    }

    private sealed class ProjectSeed
    {
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Street { get; init; } = "";
        public string? Address { get; init; }
        public bool Illustrative { get; init; }
        public List<UnitSeed> Units { get; init; } = [];
    }

    private sealed class UnitSeed
    {
        public string Number { get; init; } = "";
        public UnitLayout Layout { get; init; }
        public decimal Area { get; init; }
        public decimal MonthlyRent { get; init; }
    }
}
