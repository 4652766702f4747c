using TalentPortal.PolicyMatching.Rules.Compilation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>Materialises the human-readable trace and the missing facts from a fast trace buffer.</summary>
internal static class TraceExplainer
{
    public static List<CriterionTrace> Explain(VersionProgram program, ReadOnlySpan<CriterionOutcome> trace, TalentFacts facts, DateOnly asOf)
    {
        var decisive = new bool[program.CriteriaEnd];
        MarkDecisive(program, trace, program.CriteriaRoot, decisive);
        var lines = new List<CriterionTrace>(program.DisplayOrder.Length);
        foreach (var index in program.DisplayOrder)
        {
            var node = program.Nodes[index];
            var verdict = trace[index].Verdict;
            lines.Add(node.Source is Comparison c
                ? Line(c, node.Negated, verdict, facts, asOf, decisive[index])
                : Group(node, verdict, decisive[index]));
        }

        return lines;
    }

    private static void MarkDecisive(VersionProgram program, ReadOnlySpan<CriterionOutcome> trace, int index, bool[] decisive)
    {
        decisive[index] = true;
        foreach (var child in program.Nodes[index].Children)
        {
            if (trace[child].Verdict == trace[index].Verdict)
            {
                MarkDecisive(program, trace, child, decisive);
            }
        }
    }

    /// <summary>Input facts that keep an Unknown answer open: only below nodes that are themselves Unknown.</summary>
    public static List<Fact> MissingFacts(VersionProgram program, ReadOnlySpan<CriterionOutcome> trace, TalentFacts facts)
    {
        var missing = new SortedSet<Fact>();
        var criteria = trace[program.CriteriaRoot].Verdict;
        if (criteria == Verdict.Unknown)
        {
            Collect(program, trace, program.CriteriaRoot, facts, missing);
        }
        else if (criteria == Verdict.Pass)
        {
            program.DecideAmount(trace, out var chosen);
            var floor = chosen >= 0 ? program.Rows[chosen].Row.Total : -1m;
            foreach (var row in program.Rows)
            {
                if (row.Root >= 0 && row.Row.Total > floor && trace[row.Root].Verdict == Verdict.Unknown)
                {
                    Collect(program, trace, row.Root, facts, missing);
                }
            }
        }

        return [.. missing];
    }

    private static void Collect(VersionProgram program, ReadOnlySpan<CriterionOutcome> trace, int index, TalentFacts facts, SortedSet<Fact> missing)
    {
        if (trace[index].Verdict != Verdict.Unknown)
        {
            return;
        }

        var node = program.Nodes[index];
        if (node.Source is Comparison c)
        {
            foreach (var input in FactCatalog.Info(c.Fact).Inputs)
            {
                if (!FactReader.HasValue(facts, input))
                {
                    missing.Add(input);
                }
            }

            return;
        }

        foreach (var child in node.Children)
        {
            Collect(program, trace, child, facts, missing);
        }
    }

    private static CriterionTrace Line(Comparison c, bool negated, Verdict verdict, TalentFacts facts, DateOnly asOf, bool decisive)
    {
        var info = FactCatalog.Info(c.Fact);
        var actual = FactFormatter.Actual(info, facts, asOf);
        var required = FactFormatter.Requirement(c, negated);
        var (zhVerdict, enVerdict) = verdict switch
        {
            Verdict.Pass => ("满足", "met"),
            Verdict.Fail => ("不满足", "not met"),
            _ => ("未知（缺少信息）", "unknown (fact missing)"),
        };
        var text = new LocalizedText(
            $"{info.Name.Zh}：要求{required.Zh}，当前{actual.Zh} — {zhVerdict}",
            $"{char.ToUpperInvariant(info.Name.En[0])}{info.Name.En[1..]}: required {required.En}, is {actual.En} — {enVerdict}");
        return new CriterionTrace(c.Id, c.Path, CriterionKind.Comparison, verdict, c.Fact, actual.En,
            FactFormatter.RequiredInvariant(c, negated), text, c.Clause, decisive);
    }

    private static CriterionTrace Group(NodeInfo node, Verdict verdict, bool decisive)
    {
        var all = node.Kind == CriterionKind.All;
        var text = all
            ? new LocalizedText($"须全部满足（{node.Children.Length}项）", $"all of {node.Children.Length} must hold")
            : new LocalizedText($"满足其一即可（{node.Children.Length}项）", $"one of {node.Children.Length} must hold");
        return new CriterionTrace(node.Source.Id, node.Source.Path, node.Kind, verdict, null, "", all ? "all" : "any", text, null, decisive);
    }
}
