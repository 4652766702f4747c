using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>
/// Compiles a version's criteria, amount rows and uplifts into one <see cref="VersionProgram"/>.
/// <c>not</c> is pushed down to the comparisons (De Morgan), so the program has only All/Any and comparisons.
/// </summary>
internal sealed class VersionCompiler
{
    private readonly List<Instruction> _code = [];
    private readonly List<int> _children = [];
    private readonly List<decimal> _decimals = [];
    private readonly List<string[]> _texts = [];
    private readonly List<ThresholdSpec> _thresholds = [];
    private readonly List<NodeInfo> _nodes = [];
    private List<int>? _display;

    public static VersionProgram Compile(PolicyVersion version)
    {
        var compiler = new VersionCompiler { _display = [] };
        compiler.Emit(version.Criteria, negated: false);
        var criteriaEnd = compiler._code.Count;
        var display = compiler._display;
        compiler._display = null;

        var rows = version.Benefit.Amounts
            .Select(r => new RowRoot(r, r.When is null ? -1 : compiler.Emit(r.When, negated: false)))
            .OrderByDescending(r => r.Row.Total)
            .ToArray();
        var rowsEnd = compiler._code.Count;
        var uplifts = version.Benefit.Uplifts.Select(u => new UpliftRoot(u, compiler.Emit(u.When, negated: false))).ToArray();

        var program = new VersionProgram
        {
            Code = [.. compiler._code],
            Children = [.. compiler._children],
            Decimals = [.. compiler._decimals],
            Texts = [.. compiler._texts],
            Thresholds = [.. compiler._thresholds],
            Nodes = [.. compiler._nodes],
            DisplayOrder = [.. display],
            CriteriaEnd = criteriaEnd,
            Rows = rows,
            RowsEnd = rowsEnd,
            Uplifts = uplifts,
        };
        program.CompileSegments();
        return program;
    }

    private int Emit(CriterionNode node, bool negated)
    {
        if (node is NotOf not)
        {
            return Emit(not.Child, !negated);
        }

        var slot = _display?.Count ?? -1;
        _display?.Add(-1);
        var index = node switch
        {
            AllOf all => EmitGroup(all, all.Children, negated ? OpCode.Any : OpCode.All, negated),
            AnyOf any => EmitGroup(any, any.Children, negated ? OpCode.All : OpCode.Any, negated),
            Comparison comparison => EmitComparison(comparison, negated),
            _ => throw new InvalidOperationException($"Unexpected criterion {node.GetType().Name}."),
        };
        if (_display is not null)
        {
            _display[slot] = index;
        }

        return index;
    }

    private int EmitGroup(CriterionNode source, IReadOnlyList<CriterionNode> children, OpCode op, bool negated)
    {
        var kids = children.Select(c => Emit(c, negated)).ToArray();
        var start = _children.Count;
        _children.AddRange(kids);
        var kind = op == OpCode.All ? CriterionKind.All : CriterionKind.Any;
        return Add(new Instruction(op, Cmp.Eq, false, default, start, kids.Length, 0), new NodeInfo(source, kind, negated, kids));
    }

    private int EmitComparison(Comparison c, bool negated)
    {
        var info = FactCatalog.Info(c.Fact);
        var operand = c.Operand;
        var op = c.Operator;
        var negate = negated;
        if (op is ComparisonOperator.Ne or ComparisonOperator.NotIn or ComparisonOperator.NotContains)
        {
            negate = !negate;
            op = op switch
            {
                ComparisonOperator.Ne => ComparisonOperator.Eq,
                ComparisonOperator.NotIn => ComparisonOperator.In,
                _ => ComparisonOperator.Contains,
            };
        }

        var ins = info.Kind switch
        {
            FactKind.AgeYears => AsOf(c.Fact, op, negate, years: true, (int)operand.Number),
            FactKind.ElapsedMonths => AsOf(c.Fact, op, negate, years: false, (int)operand.Number),
            FactKind.Decimal => new Instruction(OpCode.Decimal, RangeCmp(op), negate, c.Fact, AddDecimal(operand.Decimal), 0, 0),
            FactKind.Text => new Instruction(OpCode.TextIn, Cmp.Eq, negate, c.Fact, AddTexts(operand.Texts), 0, 0),
            FactKind.TextSet => new Instruction(OpCode.SetContains, Cmp.Eq, negate, c.Fact, AddTexts(operand.Texts), 0, 0),
            FactKind.Enum when op is ComparisonOperator.Eq or ComparisonOperator.In =>
                new Instruction(OpCode.Scalar, Cmp.Mask, negate, c.Fact, 0, 0, (long)operand.Mask),
            _ => new Instruction(OpCode.Scalar, RangeCmp(op), negate, c.Fact, 0, 0, operand.Number),
        };
        return Add(ins, new NodeInfo(c, CriterionKind.Comparison, negated, []));
    }

    /// <summary>
    /// Age in completed years: <c>age ≥ N ⇔ birth + N years ≤ asOf</c>; <c>age ≤ N ⇔ asOf &lt; birth + (N+1) years</c>.
    /// Elapsed months: <c>≥ N ⇔ date + N months ≤ asOf</c>; <c>≤ N ⇔ asOf ≤ date + N months</c>.
    /// </summary>
    private Instruction AsOf(Fact fact, ComparisonOperator op, bool negate, bool years, int n)
    {
        var (spec, cmp) = (op, years) switch
        {
            (ComparisonOperator.Min, true) => (new ThresholdSpec(12 * n, false, 0), Cmp.Le),
            (ComparisonOperator.Max, true) => (new ThresholdSpec(12 * (n + 1), false, 1), Cmp.Ge),
            (ComparisonOperator.Min, false) => (new ThresholdSpec(n, false, 0), Cmp.Le),
            _ => (new ThresholdSpec(n, true, 0), Cmp.Ge),
        };
        var slot = _thresholds.IndexOf(spec);
        if (slot < 0)
        {
            slot = _thresholds.Count;
            _thresholds.Add(spec);
        }

        return new Instruction(OpCode.AsOf, cmp, negate, fact, slot, 0, 0);
    }

    private static Cmp RangeCmp(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Min => Cmp.Ge,
        ComparisonOperator.Max => Cmp.Le,
        _ => Cmp.Eq,
    };

    private int AddDecimal(decimal value)
    {
        _decimals.Add(value);
        return _decimals.Count - 1;
    }

    private int AddTexts(IReadOnlyList<string> texts)
    {
        _texts.Add([.. texts]);
        return _texts.Count - 1;
    }

    private int Add(Instruction instruction, NodeInfo node)
    {
        _code.Add(instruction);
        _nodes.Add(node);
        return _code.Count - 1;
    }
}
