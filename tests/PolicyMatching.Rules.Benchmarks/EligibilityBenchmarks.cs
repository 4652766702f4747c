using BenchmarkDotNet.Attributes;
using RulesEngine.Models;
using TalentPortal.PolicyMatching.Rules.Compilation;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>
/// One evaluation = one talent × one policy. Every benchmark evaluates the same 4,096 generated talents against the six
/// seed policies as of 2026-06-30, so the numbers are per evaluation (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class EligibilityBenchmarks
{
    private const int TalentCount = 4096;
    private const int PolicyCount = 6;
    private const int Evaluations = TalentCount * PolicyCount;
    private static readonly DateOnly AsOf = new(2026, 6, 30);

    private TalentFacts[] _talents = [];
    private PolicyDefinition[] _policies = [];
    private CompiledPolicy[] _compiled = [];
    private int[] _handWrittenIndex = [];
    private HandWrittenCeiling _ceiling = null!;
    private global::RulesEngine.RulesEngine _rulesEngine = null!;
    private EvaluationDate _date = null!;
    private int _traceLength;

    [GlobalSetup]
    public void Setup()
    {
        _talents = TalentGenerator.Generate(TalentCount);
        _policies = [.. PolicyLoader.LoadDirectory(Path.Combine(RepoRoot(), "seeds", "policies"))];
        if (_policies.Length != PolicyCount)
        {
            throw new InvalidOperationException($"Expected {PolicyCount} seed policies, found {_policies.Length}.");
        }

        _compiled = [.. _policies.Select(p => p.Compiled)];
        _traceLength = _compiled.Max(c => c.TraceLength);
        _handWrittenIndex = [.. _policies.Select(p => Array.IndexOf(HandWrittenPolicies.Codes, p.Code))];
        _rulesEngine = new global::RulesEngine.RulesEngine(
            [.. _policies.Select(p => RulesEngineWorkflows.For(p, AsOf))],
            new ReSettings { CustomTypes = [typeof(Calendar)] });
        _date = new EvaluationDate { AsOf = AsOf };
        _ceiling = new HandWrittenCeiling(AsOf);
        Verify();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Evaluations, Description = "RulesEngine 6.0.1, rule per criterion")]
    public int RulesEngine() => RulesEngineRange(0, TalentCount);

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Engine, compiled, with trace")]
    public int EngineWithTrace() => EngineRange(0, TalentCount, new CriterionOutcome[_traceLength]);

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Engine, interpreter fallback, with trace")]
    public int EngineInterpreted()
    {
        var sum = 0;
        var trace = new CriterionOutcome[_traceLength];
        var programs = _policies.Select(p => p.VersionAt(AsOf)!.Program).ToArray();
        var thresholds = programs.Select(p => p.ThresholdsAt(AsOf)).ToArray();
        foreach (var talent in _talents)
        {
            for (var p = 0; p < programs.Length; p++)
            {
                var program = programs[p];
                var criteria = program.Eval(talent, thresholds[p], trace, 0, program.CriteriaEnd);
                if (criteria == Verdict.Pass && program.Rows.Length > 0)
                {
                    program.Eval(talent, thresholds[p], trace, program.CriteriaEnd, program.RowsEnd);
                    sum += (int)program.DecideAmount(trace, out _);
                }
                else
                {
                    sum += (int)criteria;
                }
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Hand-written C#, cutoffs per date (ceiling)")]
    public int HandWritten() => HandWrittenRange(0, TalentCount);

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Hand-written C#, date arithmetic per call")]
    public int HandWrittenNaive()
    {
        var sum = 0;
        foreach (var talent in _talents)
        {
            for (var p = 0; p < PolicyCount; p++)
            {
                sum += (int)HandWrittenPolicies.Evaluate(_handWrittenIndex[p], talent, AsOf);
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "RulesEngine, parallel")]
    public int RulesEngineParallel() => Parallel(RulesEngineRange);

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Engine with trace, parallel")]
    public int EngineWithTraceParallel() => Parallel((from, to) => EngineRange(from, to, new CriterionOutcome[_traceLength]));

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Hand-written ceiling, parallel")]
    public int HandWrittenParallel() => Parallel(HandWrittenRange);

    [Benchmark(OperationsPerInvoke = Evaluations, Description = "Engine, full explained result")]
    public int EngineExplained()
    {
        var sum = 0;
        foreach (var talent in _talents)
        {
            foreach (var policy in _policies)
            {
                sum += (int)PolicyEngine.Evaluate(talent, policy, AsOf).Outcome;
            }
        }

        return sum;
    }

    private int EngineRange(int from, int to, CriterionOutcome[] trace)
    {
        var sum = 0;
        var compiled = _compiled;
        for (var t = from; t < to; t++)
        {
            var talent = _talents[t];
            for (var p = 0; p < compiled.Length; p++)
            {
                sum += (int)compiled[p].EvaluateFast(talent, AsOf, trace);
            }
        }

        return sum;
    }

    private int HandWrittenRange(int from, int to)
    {
        var sum = 0;
        for (var t = from; t < to; t++)
        {
            var talent = _talents[t];
            for (var p = 0; p < PolicyCount; p++)
            {
                sum += (int)_ceiling.Evaluate(_handWrittenIndex[p], talent);
            }
        }

        return sum;
    }

    private int RulesEngineRange(int from, int to)
    {
        var sum = 0;
        for (var t = from; t < to; t++)
        {
            var talent = _talents[t];
            foreach (var policy in _policies)
            {
                sum += RulesEngineHolds(policy.Code, talent) ? 1 : 0;
            }
        }

        return sum;
    }

    private bool RulesEngineHolds(string code, TalentFacts talent)
    {
        var pending = _rulesEngine.ExecuteAllRulesAsync(code, talent, _date);
        var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        return results.TrueForAll(r => r.IsSuccess);
    }

    /// <summary>Splits the talents over the machine's cores, each worker with its own trace buffer.</summary>
    private static int Parallel(Func<int, int, int> range)
    {
        var workers = Environment.ProcessorCount;
        var sums = new int[workers];
        System.Threading.Tasks.Parallel.For(0, workers, w => sums[w] = range(w * TalentCount / workers, (w + 1) * TalentCount / workers));
        return sums.Sum();
    }

    /// <summary>
    /// The three contenders must answer alike: the hand-written predicates give the engine's outcome for every talent,
    /// and RulesEngine's all-rules-succeed agrees with the engine's criteria wherever the engine's answer is not Unknown.
    /// </summary>
    private void Verify()
    {
        var compared = 0;
        foreach (var talent in _talents)
        {
            for (var p = 0; p < _policies.Length; p++)
            {
                var policy = _policies[p];
                var result = PolicyEngine.Evaluate(talent, policy, AsOf);
                var fast = _compiled[p].EvaluateFast(talent, AsOf, new CriterionOutcome[_traceLength]);
                var hand = HandWrittenPolicies.Evaluate(_handWrittenIndex[p], talent, AsOf);
                var ceiling = _ceiling.Evaluate(_handWrittenIndex[p], talent);
                if (fast != result.Outcome || hand != result.Outcome || ceiling != result.Outcome)
                {
                    throw new InvalidOperationException(
                        $"{policy.Code}: engine {result.Outcome}, fast {fast}, hand-written {hand}, ceiling {ceiling} for {talent}");
                }

                var criteria = result.Trace[0].Verdict;
                if (criteria != Verdict.Unknown && RulesEngineHolds(policy.Code, talent) != (criteria == Verdict.Pass))
                {
                    throw new InvalidOperationException($"{policy.Code}: engine criteria {criteria}, RulesEngine disagrees for {talent}");
                }

                compared++;
            }
        }

        Console.WriteLine($"// Verified {compared} evaluations: engine, hand-written and RulesEngine agree.");
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentPortal.sln")) || File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
