using System.Runtime.InteropServices;
using TalentPortal.TalentRegistry.Benchmarks;

// Usage: TalentRegistry.Benchmarks [intake|import] [--smoke] [--rows=N]   (see docs/benchmarks/talent-registry.md)
// Every run also prints its figures as BENCH lines for tests/bench.sh (which passes --figures).
var smoke = args.Contains("--smoke");
var only = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
var seeds = FindSeeds();
Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores{(smoke ? ", smoke run" : "")}");
if (only is null or "intake")
{
    IntakeBenchmark.Run(seeds, hires: smoke ? 20_000 : 1_000_000, employers: smoke ? 50 : 500, cubeQueries: smoke ? 50 : 2_000, sqliteQueries: smoke ? 10 : 100);
}

if (only is null or "import")
{
    // The intake run leaves a large heap behind; start the import from a clean one.
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    await ImportBenchmark.RunAsync(seeds, rows: Rows(args) ?? (smoke ? 2_000 : 100_000));
}

static int? Rows(string[] args) =>
    args.FirstOrDefault(a => a.StartsWith("--rows=", StringComparison.Ordinal)) is { } rows ? int.Parse(rows[7..], System.Globalization.CultureInfo.InvariantCulture) : null;

static string FindSeeds()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "seeds", "employers.json");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException("seeds/employers.json not found above " + AppContext.BaseDirectory);
}
