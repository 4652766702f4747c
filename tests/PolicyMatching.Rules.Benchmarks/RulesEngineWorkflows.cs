using System.Globalization;
using RulesEngine.Models;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>The second input of every RulesEngine rule (<c>input2</c>).</summary>
public sealed class EvaluationDate
{
    public required DateOnly AsOf { get; init; }
}

/// <summary>
/// Writes the seed policies as Microsoft RulesEngine workflows: one lambda rule per comparison, nested And/Or rules for
/// groups, date arithmetic through <see cref="Calendar"/> registered as a custom type.
/// </summary>
public static class RulesEngineWorkflows
{
    public static Workflow For(PolicyDefinition policy, DateOnly asOf)
    {
        var version = policy.VersionAt(asOf) ?? throw new InvalidOperationException($"{policy.Code} is not in force on {asOf}.");
        var rules = version.Criteria is AllOf all ? all.Children.Select(ToRule).ToList() : [ToRule(version.Criteria)];
        return new Workflow { WorkflowName = policy.Code, Rules = rules };
    }

    private static Rule ToRule(CriterionNode node) => node switch
    {
        AllOf all => new Rule { RuleName = all.Id, Operator = "And", Rules = [.. all.Children.Select(ToRule)] },
        AnyOf any => new Rule { RuleName = any.Id, Operator = "Or", Rules = [.. any.Children.Select(ToRule)] },
        NotOf { Child: Comparison c } not => Lambda(not.Id, $"!({Expression(c)})"),
        Comparison c => Lambda(c.Id, Expression(c)),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static Rule Lambda(string name, string expression) =>
        new() { RuleName = name, Expression = expression, RuleExpressionType = RuleExpressionType.LambdaExpression };

    public static string Expression(Comparison c)
    {
        var f = $"input1.{c.Fact}";
        var v = c.Value;
        return (c.Fact, c.Operator) switch
        {
            (Fact.Age, ComparisonOperator.Min) => $"Calendar.AgeAtLeast(input1.BirthDate, input2.AsOf, {v})",
            (Fact.Age, _) => $"Calendar.AgeAtMost(input1.BirthDate, input2.AsOf, {v})",
            (Fact.MonthsSinceGraduation, ComparisonOperator.Min) => $"Calendar.MonthsAtLeast(input1.GraduationDate, input2.AsOf, {v})",
            (Fact.MonthsSinceGraduation, _) => $"Calendar.MonthsAtMost(input1.GraduationDate, input2.AsOf, {v})",
            (Fact.ContractMonths, ComparisonOperator.Min) => $"Calendar.ContractMonths(input1.EmploymentStartDate, input1.ContractEndDate) >= {v}",
            (Fact.HeldBenefits, ComparisonOperator.Contains) => $"{f} != null && {f}.Contains(\"{v}\")",
            (Fact.HeldBenefits, _) => $"{f} != null && !{f}.Contains(\"{v}\")",
            (Fact.BirthDate or Fact.GraduationDate or Fact.EmploymentStartDate or Fact.ContractEndDate, ComparisonOperator.Min) => $"Calendar.OnOrAfter({f}, {DateArgs(v)})",
            (Fact.BirthDate or Fact.GraduationDate or Fact.EmploymentStartDate or Fact.ContractEndDate, _) => $"Calendar.OnOrBefore({f}, {DateArgs(v)})",
            (Fact.DegreeLevel or Fact.UniversityTier or Fact.EmployerType or Fact.TalentTier or Fact.StartupGrade or Fact.IndustryChain, _) => OneOf(c, f),
            (_, ComparisonOperator.Eq) => $"{f} == {v}",
            (_, ComparisonOperator.Ne) when v is "true" or "false" => $"{f} == {(v == "true" ? "false" : "true")}",
            (_, ComparisonOperator.Ne) => $"{f} != null && {f} != {v}",
            (_, ComparisonOperator.Min) => $"{f} >= {v}",
            (_, ComparisonOperator.Max) => $"{f} <= {v}",
            _ => throw new NotSupportedException($"{c.Fact} {c.Operator}"),
        };
    }

    /// <summary>Enums and texts as a disjunction of equalities (RulesEngine cannot order nullable enums).</summary>
    private static string OneOf(Comparison c, string f)
    {
        var values = c.Value.Split(", ").Select(v => EnumName(c.Fact, v)).ToList();
        if (c.Operator is ComparisonOperator.Min or ComparisonOperator.Max)
        {
            var type = Nullable.GetUnderlyingType(typeof(TalentFacts).GetProperty(c.Fact.ToString())!.PropertyType)!;
            var bound = Convert.ToInt32(Enum.Parse(type, values[0]), CultureInfo.InvariantCulture);
            values = [.. Enum.GetValues(type).Cast<object>()
                .Where(e => c.Operator == ComparisonOperator.Min ? Convert.ToInt32(e, CultureInfo.InvariantCulture) >= bound : Convert.ToInt32(e, CultureInfo.InvariantCulture) <= bound)
                .Select(e => e.ToString()!)];
        }

        var disjunction = "(" + string.Join(" || ", values.Select(v => $"{f} == \"{v}\"")) + ")";
        return c.Operator is ComparisonOperator.Ne or ComparisonOperator.NotIn ? $"{f} != null && !{disjunction}" : disjunction;
    }

    private static string EnumName(Fact fact, string key) => (fact, key) switch
    {
        (Fact.UniversityTier, "985") => nameof(UniversityTier.Project985),
        (Fact.UniversityTier, "211") => nameof(UniversityTier.Project211),
        _ => key,
    };

    private static string DateArgs(string iso)
    {
        var d = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{d.Year}, {d.Month}, {d.Day}";
    }
}
