using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.BulkImport;
using TalentPortal.TalentRegistry.Infrastructure;
using TalentPortal.TalentRegistry.Infrastructure.DemoData;

namespace TalentPortal.TalentRegistry.Benchmarks;

/// <summary>(b) Bulk import end to end: a generated UTF-8 CSV with Chinese headers is parsed, validated row by row and
/// run through the service's own import job (ImportProcessor) into a fresh LiteDB store, events into the outbox.</summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(string seedsFile, int rows)
    {
        var directory = Path.Combine(Path.GetTempPath(), "talent-registry-bench", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration["Storage:DataDirectory"] = directory;
        builder.Configuration["PersonalData:Key"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        builder.Logging.ClearProviders();
        builder.AddTalentRegistry();
        await using var app = builder.Build();
        var store = app.Services.GetRequiredService<IStore>();
        await store.InitializeAsync();
        var employers = EmployerSeeds.Load(seedsFile, DateTimeOffset.UtcNow);
        var seed = store.BeginUnitOfWork();
        foreach (var employer in employers)
        {
            seed.Insert(employer);
        }

        await seed.CommitAsync();
        var csv = new StringBuilder(DemoTalent.CsvHeader).Append('\n');
        foreach (var talent in new DemoTalentGenerator(100, employers, new DateOnly(2024, 1, 1), new DateOnly(2026, 10, 31)).Generate(rows))
        {
            csv.Append(talent.ToCsvLine()).Append('\n');
        }

        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import file: {rows:N0} rows, {bytes.Length / 1024.0 / 1024:0.0} MB"));

        var clock = Stopwatch.StartNew();
        var file = ImportFile.Parse(bytes);
        // Seeded imports confirm their hires on the start dates, as every import did when these figures were first measured.
        var job = ImportJob.Seed("bench.csv", file.RowCount, DateTimeOffset.UtcNow);
        var submit = store.BeginUnitOfWork();
        submit.Insert(job);
        await submit.CommitAsync();
        await app.Services.GetRequiredService<ImportProcessor>().RunAsync(job, file, CancellationToken.None);
        clock.Stop();

        var backlog = await store.Outbox.GetBacklogAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"import of {rows:N0} rows: {clock.Elapsed.TotalSeconds:0.0} s ({rows / clock.Elapsed.TotalSeconds:N0} rows/s); status {job.Status}, " +
            $"{job.TalentsCreated:N0} talents, {job.HiresConfirmed:N0} hires, {job.Rejected} rejected, {backlog.Pending:N0} events in the outbox"));
        Figures.Print($"bulk import of {rows:N0} CSV rows incl. validation and events (goal < 60 s at 100,000)", "s", clock.Elapsed.TotalSeconds);
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // The LiteDB file is released when the host is disposed; the temp directory is left for the OS otherwise.
        }
    }
}
