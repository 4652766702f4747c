using System.Text.Json;
using TalentPortal.Testing;

namespace TalentPortal.Bench;

/// <summary>Benchmarks that live beside the code they measure (rules engine, intake figures, bulk import, re-match). Each prints
/// its figures as lines <c>BENCH {"name": ..., "unit": ..., "value": ...}</c>; they run once per round here.</summary>
public static class ExternalBenchmarks
{
    /// <summary>One benchmark project run by <c>dotnet run</c>.</summary>
    /// <param name="Title">Section title in docs/benchmarks.md.</param>
    /// <param name="Project">The project's folder.</param>
    /// <param name="Arguments">Arguments of a full run.</param>
    /// <param name="SmokeArguments">Arguments of a smoke run.</param>
    /// <param name="Runs">Rounds in a full run when not the usual three (the million-talent re-match takes minutes).</param>
    public sealed record Definition(string Title, string Project, string[] Arguments, string[] SmokeArguments, int? Runs = null);

    public static IReadOnlyList<Definition> All { get; } =
    [
        new("Rules engine", "tests/PolicyMatching.Rules.Benchmarks", ["--figures"], ["--figures", "--smoke"]),
        new("Intake figures and bulk import", "tests/TalentRegistry.Benchmarks", ["--figures"], ["--figures", "--smoke"]),
        new("Re-match after a publication, persisted and published", "tests/PolicyMatching.Benchmarks", ["--figures"], ["--figures", "--smoke"], Runs: 1),
    ];

    public static async Task<Dictionary<string, Series>> RunAsync(BenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var results = new Dictionary<string, Series>();
        foreach (var benchmark in All)
        {
            var series = results[benchmark.Title] = new Series();
            var project = RepositoryPaths.Combine(benchmark.Project);
            if (!Directory.Exists(project))
            {
                Console.WriteLine($"{benchmark.Title}: {benchmark.Project} is not in this checkout; skipped.");
                continue;
            }

            for (var run = 0; run < (options.Smoke ? options.Runs : benchmark.Runs ?? options.Runs); run++)
            {
                var output = await Shell.RunAsync(
                    "dotnet",
                    ["run", "-c", "Release", "--project", project, "--", .. options.Smoke ? benchmark.SmokeArguments : benchmark.Arguments],
                    RepositoryPaths.Root,
                    TimeSpan.FromMinutes(15));
                foreach (var line in output.Split('\n').Where(l => l.StartsWith("BENCH ", StringComparison.Ordinal)))
                {
                    var figure = JsonDocument.Parse(line[6..]).RootElement;
                    series.Add(figure.GetProperty("name").GetString()!, figure.GetProperty("unit").GetString()!, figure.GetProperty("value").GetDouble());
                }

                Console.WriteLine($"{benchmark.Title} run {run + 1} done");
            }
        }

        return results;
    }
}
