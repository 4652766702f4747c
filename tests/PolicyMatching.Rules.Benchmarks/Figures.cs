using System.Diagnostics;
using System.Globalization;

namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>A quick Stopwatch measurement of the same contenders for tests/bench.sh, printed as
/// <c>BENCH {"name", "unit", "value"}</c> lines (BenchmarkDotNet's full run stays the reference).</summary>
internal static class Figures
{
    private const int Evaluations = 4096 * 6;

    public static void Run(bool smoke)
    {
        var benchmarks = new EligibilityBenchmarks();
        benchmarks.Setup();
        var budget = TimeSpan.FromSeconds(smoke ? 0.2 : 3);
        var rulesEngine = Rate(benchmarks.RulesEngine, budget);
        var engine = Rate(benchmarks.EngineWithTrace, budget);
        var handWritten = Rate(benchmarks.HandWritten, budget);
        var engineParallel = Rate(benchmarks.EngineWithTraceParallel, budget);
        Print("RulesEngine 6.0.1, one rule per criterion, single-threaded", "M evaluations/s", rulesEngine / 1e6);
        Print("our engine with traces, single-threaded", "M evaluations/s", engine / 1e6);
        Print("hand-written C# predicates (ceiling), single-threaded", "M evaluations/s", handWritten / 1e6);
        Print($"our engine with traces, {Environment.ProcessorCount} threads", "M evaluations/s", engineParallel / 1e6);
        Print("our engine ÷ RulesEngine (goal ≥ 20)", "×", engine / rulesEngine);
        Print("our engine ÷ hand-written ceiling (goal ≥ 0.25)", "×", engine / handWritten);
    }

    private static double Rate(Func<int> benchmark, TimeSpan budget)
    {
        benchmark();
        var calls = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            benchmark();
            calls++;
        }
        while (clock.Elapsed < budget);
        return (double)calls * Evaluations / clock.Elapsed.TotalSeconds;
    }

    private static void Print(string name, string unit, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BENCH {{\"name\": \"{name}\", \"unit\": \"{unit}\", \"value\": {value:0.####}}}"));
}
