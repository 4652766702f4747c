using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>Parses and checks the benefit schedule of one version.</summary>
internal static class BenefitParser
{
    /// <summary>The largest amount a policy may pay, in yuan.</summary>
    private const decimal MaxAmount = 100_000_000m;

    /// <summary>The longest schedule, in months (ten years).</summary>
    private const int MaxMonths = 120;

    private const int MaxRentYears = 10;

    private static readonly string[] Keys = ["kind", "amounts", "months", "uplifts", "instalments", "rentSteps", "upTo"];
    private static readonly string[] RowKeys = ["id", "when", "amount", "months", "article", "document"];
    private static readonly string[] UpliftKeys = ["id", "when", "percent", "paidWith", "article", "document"];
    private static readonly string[] InstalmentKeys = ["percent", "afterMonths"];
    private static readonly string[] RentStepKeys = ["year", "discountPercent"];

    public static BenefitRule? Parse(YamlErrors errors, YamlMap version, CriteriaParser criteria, string document)
    {
        var map = version.Map("benefit", Keys);
        if (map is null)
        {
            return null;
        }

        var kindText = map.String("kind");
        if (kindText is null)
        {
            return null;
        }

        if (!Enum.TryParse<BenefitKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add(map.PathOf("kind"), map.Get("kind", false), $"unknown benefit kind '{kindText}'; use {string.Join(", ", Enum.GetNames<BenefitKind>())}");
            return null;
        }

        var count = errors.List.Count;
        var money = kind is BenefitKind.OneOff or BenefitKind.Monthly or BenefitKind.Instalments;
        Only(errors, map, "amounts", money, kind);
        Only(errors, map, "uplifts", money, kind);
        Only(errors, map, "months", kind == BenefitKind.Monthly, kind);
        Only(errors, map, "instalments", kind == BenefitKind.Instalments, kind);
        Only(errors, map, "rentSteps", kind == BenefitKind.TalentApartment, kind);
        Only(errors, map, "upTo", kind == BenefitKind.CaseByCase, kind);

        var defaultMonths = map.Int("months", required: false);
        var rows = money ? Rows(errors, map, criteria, document, kind, defaultMonths) : [];
        var uplifts = money ? Uplifts(errors, map, criteria, document) : [];
        var instalments = kind == BenefitKind.Instalments ? Instalments(errors, map) : [];
        var steps = kind == BenefitKind.TalentApartment ? RentSteps(errors, map) : [];
        decimal? upTo = null;
        if (kind == BenefitKind.CaseByCase)
        {
            upTo = map.Decimal("upTo");
            Money(errors, map, "upTo", upTo);
        }

        return errors.List.Count > count ? null : new BenefitRule(kind, rows, uplifts, instalments, steps, upTo);
    }

    /// <summary>Refuses an amount that is not positive, above <see cref="MaxAmount"/> or finer than the fen.</summary>
    private static void Money(YamlErrors errors, YamlMap map, string key, decimal? amount)
    {
        if (amount is not { } value)
        {
            return;
        }

        if (value <= 0 || value > MaxAmount)
        {
            errors.Add(map.PathOf(key), map.Get(key, false), $"must be positive and at most {MaxAmount}");
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(map.PathOf(key), map.Get(key, false), "may have at most two decimals (yuan and fen)");
        }
    }

    private static void Only(YamlErrors errors, YamlMap map, string key, bool allowed, BenefitKind kind)
    {
        if (!allowed && map.Has(key))
        {
            errors.Add(map.PathOf(key), map.Get(key, false), $"does not apply to a {kind} benefit");
        }
    }

    private static List<AmountRow> Rows(YamlErrors errors, YamlMap map, CriteriaParser criteria, string document, BenefitKind kind, int? defaultMonths)
    {
        var items = map.Get("amounts", false) is null ? null : map.Sequence("amounts");
        if (items is null || items.Count == 0)
        {
            errors.Add(map.PathOf("amounts"), map.Node, $"missing amounts: a {kind} benefit needs at least one amount row");
            return [];
        }

        var rows = new List<AmountRow>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{map.PathOf("amounts")}[{i}]";
            var row = errors.Map(items[i], path, RowKeys);
            if (row is null)
            {
                continue;
            }

            var id = row.String("id", required: false) ?? path;
            var article = CriteriaParser.Article(errors, row);
            var when = row.Has("when") ? criteria.ParseCondition(row.Get("when", true), row.PathOf("when"), article) : null;
            var amount = row.Decimal("amount");
            Money(errors, row, "amount", amount);
            var months = row.Int("months", required: false) ?? defaultMonths;
            if (kind == BenefitKind.Monthly && months is null or <= 0 or > MaxMonths)
            {
                errors.Add(row.PathOf("months"), row.Node, $"a Monthly benefit needs months (on the row or the benefit), from 1 to {MaxMonths}");
            }
            else if (kind != BenefitKind.Monthly && row.Has("months"))
            {
                errors.Add(row.PathOf("months"), row.Get("months", false), $"does not apply to a {kind} benefit");
            }

            if (amount is { } a && article is not null)
            {
                var clause = $"{row.String("document", required: false) ?? document} {article}";
                rows.Add(new AmountRow(id, path, when, a, kind == BenefitKind.Monthly ? months ?? 0 : 0, clause));
            }
        }

        return rows;
    }

    private static List<Uplift> Uplifts(YamlErrors errors, YamlMap map, CriteriaParser criteria, string document)
    {
        var uplifts = new List<Uplift>();
        var items = map.Sequence("uplifts", required: false) ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{map.PathOf("uplifts")}[{i}]";
            var u = errors.Map(items[i], path, UpliftKeys);
            if (u is null)
            {
                continue;
            }

            var article = CriteriaParser.Article(errors, u);
            var when = criteria.ParseCondition(u.Get("when", true), u.PathOf("when"), article);
            var percent = u.Decimal("percent");
            if (percent is <= 0 or > 100)
            {
                errors.Add(u.PathOf("percent"), u.Get("percent", false), "must be above 0 and at most 100");
            }

            var paidWithText = u.String("paidWith", required: false) ?? "last";
            var paidWith = paidWithText switch
            {
                "last" => UpliftPayment.LastInstalment,
                "prorata" => UpliftPayment.ProRata,
                _ => (UpliftPayment?)null,
            };
            if (paidWith is null)
            {
                errors.Add(u.PathOf("paidWith"), u.Get("paidWith", false), $"unknown value '{paidWithText}'; use last or prorata");
            }

            if (when is not null && percent is { } p && paidWith is { } pw && article is not null)
            {
                var clause = $"{u.String("document", required: false) ?? document} {article}";
                uplifts.Add(new Uplift(u.String("id", required: false) ?? path, path, when, p, pw, clause));
            }
        }

        return uplifts;
    }

    private static List<Instalment> Instalments(YamlErrors errors, YamlMap map)
    {
        var items = map.Sequence("instalments");
        if (items is null)
        {
            return [];
        }

        var instalments = new List<Instalment>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{map.PathOf("instalments")}[{i}]";
            var m = errors.Map(items[i], path, InstalmentKeys);
            if (m?.Decimal("percent") is { } percent && m.Int("afterMonths") is { } after)
            {
                if (percent <= 0)
                {
                    errors.Add(m.PathOf("percent"), m.Node, "must be positive");
                }

                if (after > MaxMonths)
                {
                    errors.Add(m.PathOf("afterMonths"), m.Node, $"must be at most {MaxMonths}");
                }

                if (instalments.Count > 0 && after < instalments[^1].AfterMonths)
                {
                    errors.Add(m.PathOf("afterMonths"), m.Node, $"must not come before the previous instalment ({instalments[^1].AfterMonths} months)");
                }

                instalments.Add(new Instalment(percent, after));
            }
        }

        var total = instalments.Sum(i => i.Percent);
        if (instalments.Count == items.Count && total != 100m)
        {
            errors.Add(map.PathOf("instalments"), map.Get("instalments", false), $"percentages must sum to 100, not {total}");
        }

        return instalments;
    }

    private static List<RentStep> RentSteps(YamlErrors errors, YamlMap map)
    {
        var items = map.Sequence("rentSteps");
        if (items is null || items.Count == 0)
        {
            if (items is not null)
            {
                errors.Add(map.PathOf("rentSteps"), map.Node, "a TalentApartment benefit needs at least one rent step");
            }

            return [];
        }

        var steps = new List<RentStep>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{map.PathOf("rentSteps")}[{i}]";
            var m = errors.Map(items[i], path, RentStepKeys);
            if (m?.Int("year") is { } year && m.Decimal("discountPercent") is { } discount)
            {
                if (year > MaxRentYears)
                {
                    errors.Add(m.PathOf("year"), m.Node, $"a talent apartment's rent steps cover at most {MaxRentYears} years");
                }
                else if (year != i + 1)
                {
                    errors.Add(m.PathOf("year"), m.Node, $"expected year {i + 1}: steps run year by year from 1");
                }

                if (discount is < 0 or > 100)
                {
                    errors.Add(m.PathOf("discountPercent"), m.Node, "must be between 0 and 100");
                }

                steps.Add(new RentStep(year, discount));
            }
        }

        return steps;
    }
}
