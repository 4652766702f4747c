using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>
/// A policy version compiled to a flat post-order program. Evaluation writes one <see cref="CriterionOutcome"/>
/// per instruction into a caller-supplied buffer and allocates nothing. Layout of the buffer:
/// criteria <c>[0, CriteriaEnd)</c> (root last), amount-row conditions <c>[CriteriaEnd, RowsEnd)</c>,
/// uplift conditions <c>[RowsEnd, Length)</c>.
/// </summary>
internal sealed class VersionProgram
{
    // Compiled segments; null where dynamic code is not available, and then the interpreter runs.
    private Segment? _criteria;
    private Segment? _rows;
    private Segment? _uplifts;

    public required Instruction[] Code { get; init; }

    public required int[] Children { get; init; }

    public required decimal[] Decimals { get; init; }

    public required string[][] Texts { get; init; }

    public required ThresholdSpec[] Thresholds { get; init; }

    public required NodeInfo[] Nodes { get; init; }

    /// <summary>Criteria instruction indices in file (pre-)order, for display.</summary>
    public required int[] DisplayOrder { get; init; }

    public required int CriteriaEnd { get; init; }

    /// <summary>Rows ordered by total, highest first.</summary>
    public required RowRoot[] Rows { get; init; }

    public required int RowsEnd { get; init; }

    public required UpliftRoot[] Uplifts { get; init; }

    public int Length => Code.Length;

    public int CriteriaRoot => CriteriaEnd - 1;

    public long[] ThresholdsAt(DateOnly asOf)
    {
        var values = new long[Thresholds.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Thresholds[i].At(asOf);
        }

        return values;
    }

    /// <summary>Compiles the three segments to IL, when the runtime allows it.</summary>
    public void CompileSegments()
    {
        if (!SegmentCompiler.Supported)
        {
            return;
        }

        _criteria = SegmentCompiler.Compile(this, 0, CriteriaEnd, "criteria");
        _rows = SegmentCompiler.Compile(this, CriteriaEnd, RowsEnd, "rows");
        _uplifts = SegmentCompiler.Compile(this, RowsEnd, Length, "uplifts");
    }

    /// <summary>Evaluates criteria and, when they hold, the amount table.</summary>
    public Outcome Run(TalentFacts facts, ReadOnlySpan<long> thresholds, Span<CriterionOutcome> trace)
    {
        var criteria = Run(_criteria, facts, thresholds, trace, 0, CriteriaEnd);
        if (criteria != Verdict.Pass)
        {
            return criteria == Verdict.Fail ? Outcome.NotEligible : Outcome.Unknown;
        }

        if (Rows.Length == 0)
        {
            return Outcome.Eligible;
        }

        Run(_rows, facts, thresholds, trace, CriteriaEnd, RowsEnd);
        return DecideAmount(trace, out _);
    }

    /// <summary>Evaluates the uplift conditions (only needed to compute an eligible talent's benefit).</summary>
    public void RunUplifts(TalentFacts facts, ReadOnlySpan<long> thresholds, Span<CriterionOutcome> trace) =>
        Run(_uplifts, facts, thresholds, trace, RowsEnd, Length);

    private Verdict Run(Segment? segment, TalentFacts facts, ReadOnlySpan<long> thresholds, Span<CriterionOutcome> trace, int from, int to)
    {
        if (segment is null || from == to)
        {
            return Eval(facts, thresholds, trace, from, to);
        }

        // Bounds: callers check trace.Length >= Length; thresholds has one slot per ThresholdSpec.
        ArgumentOutOfRangeException.ThrowIfLessThan(trace.Length, to);
        return segment(this, facts, ref MemoryMarshal.GetReference(thresholds), ref trace[from]);
    }

    /// <summary>Evaluates the instructions the IL leaves to the interpreter: decimals, texts and sets.</summary>
    public Verdict EvalSlow(TalentFacts facts, int index)
    {
        var verdict = Slow(facts, Code[index]);
        return Code[index].Negate ? Verdict.Pass - (int)verdict : verdict;
    }

    private Verdict Slow(TalentFacts f, in Instruction ins) => ins.Code switch
    {
        OpCode.Decimal => f.TeamAverageAge is { } d ? CompareDecimal(ins.Cmp, d, Decimals[ins.A]) : Verdict.Unknown,
        OpCode.TextIn => f.IndustryChain is { } text ? OneOf(text, Texts[ins.A]) : Verdict.Unknown,
        _ => f.HeldBenefits is { } set ? Contains(set, Texts[ins.A][0]) : Verdict.Unknown,
    };

    /// <summary>
    /// The applicable row is the highest whose condition holds. If a higher row is Unknown the amount is
    /// undetermined (Unknown); if no row can hold the talent is not eligible.
    /// </summary>
    public Outcome DecideAmount(ReadOnlySpan<CriterionOutcome> trace, out int rowIndex)
    {
        var unknownTotal = -1m;
        for (var i = 0; i < Rows.Length; i++)
        {
            var row = Rows[i];
            var verdict = row.Root < 0 ? Verdict.Pass : trace[row.Root].Verdict;
            if (verdict == Verdict.Pass)
            {
                rowIndex = i;
                return unknownTotal > row.Row.Total ? Outcome.Unknown : Outcome.Eligible;
            }

            if (verdict == Verdict.Unknown && unknownTotal < 0)
            {
                unknownTotal = row.Row.Total;
            }
        }

        rowIndex = -1;
        return unknownTotal >= 0 ? Outcome.Unknown : Outcome.NotEligible;
    }

    /// <summary>Evaluates instructions <c>[from, to)</c> and returns the verdict of the last one.</summary>
    public Verdict Eval(TalentFacts f, ReadOnlySpan<long> thresholds, Span<CriterionOutcome> trace, int from, int to)
    {
        var code = Code;
        var children = Children;
        var verdict = Verdict.Unknown;
        for (var i = from; i < to; i++)
        {
            ref readonly var ins = ref code[i];
            long actual = 0;
            switch (ins.Code)
            {
                case OpCode.Scalar:
                    verdict = FactReader.TryRead(f, ins.Fact, out actual) ? Compare(ins.Cmp, actual, ins.Operand) : Verdict.Unknown;
                    break;
                case OpCode.AsOf:
                    verdict = FactReader.TryRead(f, ins.Fact, out actual) ? Compare(ins.Cmp, actual, thresholds[ins.A]) : Verdict.Unknown;
                    break;
                case OpCode.All:
                    verdict = Verdict.Pass;
                    for (var c = ins.A; c < ins.A + ins.B; c++)
                    {
                        var child = trace[children[c]].Verdict;
                        verdict = child < verdict ? child : verdict;
                    }

                    break;
                case OpCode.Any:
                    verdict = Verdict.Fail;
                    for (var c = ins.A; c < ins.A + ins.B; c++)
                    {
                        var child = trace[children[c]].Verdict;
                        verdict = child > verdict ? child : verdict;
                    }

                    break;
                default:
                    verdict = Slow(f, ins);
                    break;
            }

            if (ins.Negate)
            {
                verdict = Verdict.Pass - (int)verdict;
            }

            trace[i] = new CriterionOutcome(verdict, actual);
        }

        return verdict;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Verdict Compare(Cmp cmp, long x, long y)
    {
        var holds = cmp switch
        {
            Cmp.Eq => x == y,
            Cmp.Ne => x != y,
            Cmp.Ge => x >= y,
            Cmp.Le => x <= y,
            _ => ((y >> (int)x) & 1) != 0,
        };
        return holds ? Verdict.Pass : Verdict.Fail;
    }

    private static Verdict CompareDecimal(Cmp cmp, decimal x, decimal y)
    {
        var holds = cmp switch
        {
            Cmp.Ge => x >= y,
            Cmp.Le => x <= y,
            Cmp.Ne => x != y,
            _ => x == y,
        };
        return holds ? Verdict.Pass : Verdict.Fail;
    }

    private static Verdict OneOf(string value, string[] options)
    {
        foreach (var option in options)
        {
            if (string.Equals(value, option, StringComparison.Ordinal))
            {
                return Verdict.Pass;
            }
        }

        return Verdict.Fail;
    }

    private static Verdict Contains(IReadOnlyList<string> set, string value)
    {
        for (var i = 0; i < set.Count; i++)
        {
            if (string.Equals(set[i], value, StringComparison.Ordinal))
            {
                return Verdict.Pass;
            }
        }

        return Verdict.Fail;
    }
}
