using System.Globalization;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Shows facts and requirements to people, in both languages and in an invariant form.</summary>
internal static class FactFormatter
{
    private const string Missing = "—";

    /// <summary>The talent's value of a fact at a date; derived facts are computed.</summary>
    public static LocalizedText Actual(FactInfo info, TalentFacts f, DateOnly asOf)
    {
        switch (info.Fact)
        {
            case Fact.Age when f.BirthDate is { } birth:
                var years = CalendarMath.CompletedYears(birth, asOf);
                return new($"{years}周岁", $"{years} years");
            case Fact.MonthsSinceGraduation when f.GraduationDate is { } graduated:
                var months = CalendarMath.CompletedMonths(graduated, asOf);
                return new($"{months}个月（{Date(graduated)}毕业）", $"{Months(months)} (graduated {Date(graduated)})");
            case Fact.TeamAverageAge when f.TeamAverageAge is { } average:
                return Same(average.ToString(CultureInfo.InvariantCulture));
            case Fact.IndustryChain when f.IndustryChain is { } chain:
                return Same(chain);
            case Fact.HeldBenefits when f.HeldBenefits is { } held:
                return held.Count == 0 ? new("无", "none") : Same(string.Join(", ", held));
            case Fact.ContractEndDate when f.ContractEndDate == DateOnly.MaxValue:
                return new("无固定期限", "open-ended");
            case Fact.ContractMonths when f.ContractEndDate == DateOnly.MaxValue && f.EmploymentStartDate is not null:
                return new("无固定期限", "open-ended");
        }

        if (!Compilation.FactReader.TryRead(f, info.Fact, out var raw))
        {
            return Same(Missing);
        }

        return info.Kind is FactKind.Integer or FactKind.ContractMonths ? new($"{raw}个月", Months(raw)) : Value(info, raw);
    }

    public static string Months(long n) => n == 1 ? "1 month" : $"{n} months";

    /// <summary>A raw scalar (bool 0/1, enum value, integer, day number) shown to people.</summary>
    public static LocalizedText Value(FactInfo info, long raw) => info.Kind switch
    {
        FactKind.Bool => raw != 0 ? new("是", "yes") : new("否", "no"),
        FactKind.Enum => info.MemberByValue(raw)?.Name ?? Same(raw.ToString(CultureInfo.InvariantCulture)),
        FactKind.Date => Same(Date(DateOnly.FromDayNumber((int)raw))),
        _ => Same(raw.ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The requirement of a comparison (negated by an enclosing <c>not</c> when <paramref name="negated"/>).</summary>
    public static LocalizedText Requirement(Comparison c, bool negated)
    {
        var info = FactCatalog.Info(c.Fact);
        var (zh, en) = Operand(info, c);
        return Operator(c.Operator, negated) switch
        {
            "=" => info.Kind == FactKind.Bool ? new(zh, en) : new($"为{zh}", $"= {en}"),
            "≠" => info.Kind == FactKind.Bool ? new($"不为{zh}", $"not {en}") : new($"不为{zh}", $"≠ {en}"),
            "in" => new($"属于{zh}", $"one of {en}"),
            "not in" => new($"不属于{zh}", $"none of {en}"),
            "contains" => new($"包含{zh}", $"includes {en}"),
            "not contains" => new($"不包含{zh}", $"does not include {en}"),
            var symbol => new($"{symbol}{zh}", $"{symbol} {en}"),
        };
    }

    /// <summary>Invariant requirement, e.g. <c>≥ Master</c>, <c>not contains TALENT_APARTMENT</c>.</summary>
    public static string RequiredInvariant(Comparison c, bool negated) => $"{Operator(c.Operator, negated)} {c.Value}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Operator(ComparisonOperator op, bool negated) => (op, negated) switch
    {
        (ComparisonOperator.Eq, false) or (ComparisonOperator.Ne, true) => "=",
        (ComparisonOperator.Ne, false) or (ComparisonOperator.Eq, true) => "≠",
        (ComparisonOperator.Min, false) => "≥",
        (ComparisonOperator.Min, true) => "<",
        (ComparisonOperator.Max, false) => "≤",
        (ComparisonOperator.Max, true) => ">",
        (ComparisonOperator.In, false) or (ComparisonOperator.NotIn, true) => "in",
        (ComparisonOperator.NotIn, false) or (ComparisonOperator.In, true) => "not in",
        (ComparisonOperator.Contains, false) or (ComparisonOperator.NotContains, true) => "contains",
        _ => "not contains",
    };

    private static (string Zh, string En) Operand(FactInfo info, Comparison c)
    {
        switch (info.Kind)
        {
            case FactKind.Bool:
                return c.Operand.Number != 0 ? ("是", "yes") : ("否", "no");
            case FactKind.Enum when c.Operator is ComparisonOperator.In or ComparisonOperator.NotIn:
                var members = info.Members.Where(m => (c.Operand.Mask & (1UL << (int)m.Value)) != 0).ToList();
                return (string.Join("、", members.Select(m => m.Name.Zh)), string.Join(", ", members.Select(m => m.Name.En)));
            case FactKind.Enum:
                var member = info.MemberByValue(c.Operand.Number);
                return (member?.Name.Zh ?? c.Value, member?.Name.En ?? c.Value);
            case FactKind.AgeYears:
                return ($"{c.Value}周岁", $"{c.Value} years");
            case FactKind.ElapsedMonths:
                return ($"{c.Value}个月", Months(c.Operand.Number));
            case FactKind.ContractMonths or FactKind.Integer:
                return ($"{c.Value}个月", Months(c.Operand.Number));
            default:
                return (c.Value, c.Value);
        }
    }

    private static LocalizedText Same(string text) => new(text, text);
}
