using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Counterfactuals;

/// <summary>The bilingual sentences of counterfactual steps.</summary>
internal static class CounterfactualText
{
    public static LocalizedText Provide(Fact fact)
    {
        var name = FactCatalog.NameOf(fact);
        return new($"请补充{name.Zh}", $"Provide {name.En}");
    }

    public static LocalizedText Accrue(Fact fact, int more, int required, DateOnly date, bool eligible)
    {
        var (zh, en) = Noun(fact);
        var d = FactFormatter.Date(date);
        return new(
            $"再缴纳{more}个月{zh}（需≥{required}个月）→ {d}起{(eligible ? "符合条件" : "满足该项")}",
            $"{more} more {Months(more)} of {en} (≥ {required}) → {(eligible ? "eligible" : "met")} from {d}");
    }

    public static LocalizedText AccrueBlocked(Fact fact, int more, int required)
    {
        var (zh, en) = Noun(fact);
        return new(
            $"需再缴纳{more}个月{zh}（需≥{required}个月），须先在新区就业",
            $"{more} more {Months(more)} of {en} needed (≥ {required}); requires local employment first");
    }

    public static LocalizedText ReachAge(int age, DateOnly date, bool eligible) => new(
        $"{FactFormatter.Date(date)}年满{age}周岁{(eligible ? "，届时符合条件" : "")}",
        $"Reaches age {age} on {FactFormatter.Date(date)}{(eligible ? " → eligible" : "")}");

    public static LocalizedText TooOld(int limit, DateOnly since) => new(
        $"自{FactFormatter.Date(since)}起超过{limit}周岁的年龄上限 — 无法改变",
        $"Too old since {FactFormatter.Date(since)} (limit {limit}) — cannot change");

    public static LocalizedText GraduationReached(int months, DateOnly date, bool eligible)
    {
        var (zh, en) = Span(months);
        return new(
            $"{FactFormatter.Date(date)}起毕业满{zh}{(eligible ? "，届时符合条件" : "")}",
            $"{en} after graduation on {FactFormatter.Date(date)}{(eligible ? " → eligible" : "")}");
    }

    public static LocalizedText GraduationExpired(int months, DateOnly since)
    {
        var (zh, en) = Span(months);
        return new(
            $"自{FactFormatter.Date(since)}起毕业已超过{zh} — 无法改变",
            $"Graduated more than {en} ago since {FactFormatter.Date(since)} — cannot change");
    }

    public static LocalizedText HoldsFrom(FactInfo info, LocalizedText required, DateOnly date, bool eligible) => new(
        $"{FactFormatter.Date(date)}起{info.Name.Zh}{required.Zh}{(eligible ? "，届时符合条件" : "")}",
        $"{Capital(info.Name.En)} {required.En} from {FactFormatter.Date(date)}{(eligible ? " → eligible" : "")}");

    public static LocalizedText NoLongerHolds(FactInfo info, LocalizedText required, DateOnly since) => new(
        $"自{FactFormatter.Date(since)}起{info.Name.Zh}不再{required.Zh} — 无法改变",
        $"{Capital(info.Name.En)} {required.En} no longer holds since {FactFormatter.Date(since)} — cannot change");

    public static LocalizedText CannotChange(FactInfo info, LocalizedText required, LocalizedText actual) => new(
        $"{info.Name.Zh}须{required.Zh}（当前：{actual.Zh}）— 无法改变",
        $"{Capital(info.Name.En)} must be {required.En} (is {actual.En}) — cannot change");

    public static LocalizedText CannotLowerDegree(FactInfo info, LocalizedText required, LocalizedText actual) => new(
        $"{info.Name.Zh}须{required.Zh}（当前：{actual.Zh}）— 学历无法降低",
        $"{Capital(info.Name.En)} must be {required.En} (is {actual.En}) — a degree cannot be lowered");

    public static LocalizedText Change(FactInfo info, LocalizedText required, LocalizedText actual) => new(
        $"{info.Name.Zh}须{required.Zh}（当前：{actual.Zh}）",
        $"{Capital(info.Name.En)} must be {required.En} (now {actual.En})");

    public static LocalizedText TakesEffect(DateOnly date, bool eligible) => new(
        $"政策自{FactFormatter.Date(date)}起施行{(eligible ? "，届时符合条件" : "")}",
        $"The policy takes effect on {FactFormatter.Date(date)}{(eligible ? " → eligible" : "")}");

    public static LocalizedText Expired(DateOnly since) => new(
        $"政策自{FactFormatter.Date(since)}起不再有效 — 无法改变",
        $"The policy is no longer in force since {FactFormatter.Date(since)} — cannot change");

    private static (string Zh, string En) Noun(Fact fact) => fact switch
    {
        Fact.ContinuousSocialInsuranceMonths => ("连续本地社保", "continuous local social insurance"),
        Fact.SocialInsuranceMonthsLast12 => ("本地社保（近12个月内）", "local social insurance within the last 12 months"),
        _ => ("本地社保", "local social insurance"),
    };

    private static string Months(int n) => n == 1 ? "month" : "months";

    private static (string Zh, string En) Span(int months) => months % 12 == 0
        ? ($"{months / 12}年", months == 12 ? "1 year" : $"{months / 12} years")
        : ($"{months}个月", $"{months} {Months(months)}");

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
