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
        var (talents, seconds) = Rematch(smoke ? 20_000 : 1_000_000);
        Print($"re-match {talents:N0} talents × 40 policies, evaluation with traces, {Environment.ProcessorCount} threads (goal < 10 s at 1,000,000)", "s", seconds);
        Print("our engine ÷ hand-written ceiling (goal ≥ 0.25)", "×", engine / handWritten);
    }

    /// <summary>Every talent against 40 policies (the six seed policies repeated), traces on, spread over the cores.</summary>
    private static (int Talents, double Seconds) Rematch(int count)
    {
        var policies = Loading.PolicyLoader.LoadDirectory(Path.Combine(EligibilityBenchmarks.RepoRoot(), "seeds", "policies"));
        var compiled = Enumerable.Range(0, 40).Select(i => policies[i % policies.Count].Compiled).ToArray();
        var traceLength = compiled.Max(c => c.TraceLength);
        var talents = TalentGenerator.Generate(count);
        var asOf = new DateOnly(2026, 6, 30);
        var eligible = 0L;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Environment.ProcessorCount, w =>
        {
            var trace = new Evaluation.CriterionOutcome[traceLength];
            var local = 0L;
            for (var t = w * count / Environment.ProcessorCount; t < (w + 1) * count / Environment.ProcessorCount; t++)
            {
                foreach (var policy in compiled)
                {
                    local += policy.EvaluateFast(talents[t], asOf, trace) == Evaluation.Outcome.Eligible ? 1 : 0;
                }
            }

            Interlocked.Add(ref eligible, local);
        });
        Console.WriteLine($"// re-match: {eligible:N0} eligible (talent, policy) pairs");
        return (count, clock.Elapsed.TotalSeconds);
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
