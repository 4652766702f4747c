using System.Globalization;

namespace TalentPortal.PolicyMatching.Benchmarks;

/// <summary>dotnet run -c Release --project tests/PolicyMatching.Benchmarks -- --figures [--smoke] [--talents N]
/// (run by tests/bench.sh).</summary>
internal static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        var talents = args.Contains("--smoke") ? 20_000 : 1_000_000;
        var index = Array.IndexOf(args, "--talents");
        if (index >= 0 && index + 1 < args.Length)
        {
            talents = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        }

        return await RematchBenchmark.RunAsync(talents);
    }
}
