using System.Text;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.BulkImport;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Infrastructure.DemoData;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>At start-up: registers the seeded employers that are missing (Seed:EmployersFile), and with Seed:DemoData
/// (Development only: anywhere else it stops the start) the demo graduate's talent record plus Seed:DemoTalents
/// generated hires (through the import path). Idempotent.</summary>
internal sealed partial class RegistrySeeder(
    IStore store, IConfiguration configuration, IHostEnvironment environment, ImportProcessor importer, PersonalData personalData, IntakeRecorder intake,
    TimeProvider time, ILogger<RegistrySeeder> logger) : IHostedService
{
    public static readonly Guid DemoGraduateTalentId = Guid.Parse("0192f000-0000-7000-8000-000000000001");
    public static readonly Guid DemoEmployerId = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var demoData = ServiceDefaults.DemoData.IsRequested(configuration, environment);
        var path = configuration["Seed:EmployersFile"] ?? EmployerSeeds.DefaultPath;
        if (!File.Exists(path))
        {
            LogNoSeeds(logger, path);
            return;
        }

        var employers = await SeedEmployersAsync(EmployerSeeds.Load(path, time.GetUtcNow()), cancellationToken);
        if (demoData && await store.GetAsync<Talent>(DemoGraduateTalentId, cancellationToken) is null)
        {
            await SeedDemoGraduateAsync(employers.First(e => e.Id == DemoEmployerId), cancellationToken);
            await SeedDemoTalentsAsync(employers, configuration.GetValue("Seed:DemoTalents", 200), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<List<Employer>> SeedEmployersAsync(IReadOnlyList<Employer> seeds, CancellationToken cancellationToken)
    {
        var stored = (await store.FindAsync<Employer>(_ => true, cancellationToken: cancellationToken)).ToList();
        var missing = seeds.Where(s => !stored.Any(e => e.Id == s.Id || e.CreditCode == s.CreditCode)).ToList();
        if (missing.Count > 0)
        {
            var unitOfWork = store.BeginUnitOfWork();
            foreach (var employer in missing)
            {
                unitOfWork.Insert(employer);
                unitOfWork.Publish(employer.ToRegisteredEvent());
            }

            await unitOfWork.CommitAsync(cancellationToken);
            LogSeeded(logger, missing.Count);
        }

        return [.. stored, .. missing];
    }

    private async Task SeedDemoGraduateAsync(Employer employer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        _ = NationalId.TryParse(NationalId.WithCheckCharacter("33010219980612003"), out var nationalId, out _);
        var education = new EducationRecord
        {
            DegreeLevel = DegreeLevel.Doctorate,
            FullTime = true,
            University = "浙江大学",
            UniversityTier = UniversityTier.Tier985,
            Major = "材料科学与工程",
            GraduationDate = new DateOnly(2025, 6, 30),
        };
        // Registered by the talent office (identity and degree verified) and held by the demo graduate's account, whose id
        // only the gateway knows: the registry needs to know that an account holds it, so nobody else can claim it.
        var talent = Talent.Register(
            DemoGraduateTalentId, "李明", nationalId!, personalData, "13900001234", "li.ming@example.cn", false, null, [education],
            FactProvenance.Of(FactSources.OfficialVerified, "seed", now), IdentityMethod.Registration, accountId: "grad.demo");
        var terms = new EmploymentTerms(new DateOnly(2025, 7, 1), new DateOnly(2028, 6, 30), "固态电池研发工程师", 12);
        var employment = talent.ConfirmEmployment(employer, terms, "seed", now, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(talent);
        unitOfWork.Insert(talent.ToPersonEntry());
        unitOfWork.Publish(talent.ToRegisteredEvent());
        unitOfWork.Insert(employment);
        unitOfWork.Publish(employment.ToConfirmedEvent());
        var record = await intake.StageAsync(unitOfWork, talent, employment, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        intake.Committed(record);
    }

    private async Task SeedDemoTalentsAsync(IReadOnlyList<Employer> employers, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return;
        }

        var today = Zone.Today(time.GetUtcNow());
        var generator = new DemoTalentGenerator(20_260_101, employers, new DateOnly(today.Year - 2, 1, 1), today);
        var csv = new StringBuilder(DemoTalent.CsvHeader).Append('\n');
        foreach (var talent in generator.Generate(count))
        {
            csv.Append(talent.ToCsvLine()).Append('\n');
        }

        var file = ImportFile.Parse(Encoding.UTF8.GetBytes(csv.ToString()));
        var job = ImportJob.Seed("demo-seed.csv", file.RowCount, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await importer.RunAsync(job, file, cancellationToken);
        LogDemo(logger, job.TalentsCreated, job.HiresConfirmed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Employer seed file {Path} not found; no employers seeded.")]
    private static partial void LogNoSeeds(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} employers.")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Talents} talents, {Hires} confirmed hires.")]
    private static partial void LogDemo(ILogger logger, int talents, int hires);
}
