using System.Globalization;
using TalentPortal.PolicyMatching.Rules.Counterfactuals;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Policies;
using YamlDotNet.RepresentationModel;

namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>Parses the OpenFisca-style <c>tests:</c> list kept beside a policy.</summary>
internal static class TestCaseParser
{
    private static readonly string[] CaseKeys = ["name", "asOf", "facts", "expect"];

    private static readonly string[] ExpectKeys =
        ["outcome", "version", "amount", "payments", "failed", "missing", "eligibleFrom", "counterfactuals", "manualReview"];

    private static readonly string[] CounterfactualKeys = ["criterion", "kind", "date"];

    public static List<PolicyTestCase> Parse(YamlErrors errors, YamlMap policy, HashSet<string> criterionIds)
    {
        var cases = new List<PolicyTestCase>();
        var items = policy.Sequence("tests", required: false) ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"tests[{i}]";
            var map = errors.Map(items[i], path, CaseKeys);
            if (map is null)
            {
                continue;
            }

            var name = map.String("name");
            if (name is not null && !names.Add(name))
            {
                errors.Add(map.PathOf("name"), map.Node, $"duplicate test name '{name}'");
            }

            var asOf = map.Date("asOf", within: (EngineDates.Earliest, EngineDates.Latest));
            var facts = Facts(errors, map);
            var expect = Expect(errors, map, criterionIds);
            if (name is not null && asOf is not null && facts is not null && expect is not null)
            {
                cases.Add(new PolicyTestCase(name, path, asOf.Value, facts, expect));
            }
        }

        return cases;
    }

    private static TalentFacts? Facts(YamlErrors errors, YamlMap map)
    {
        var node = map.Get("facts", true);
        if (node is not YamlMappingNode mapping)
        {
            if (node is not null)
            {
                errors.Add(map.PathOf("facts"), node, "expected a mapping of fact to value");
            }

            return null;
        }

        var facts = new TalentFacts();
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var path = $"{map.PathOf("facts")}.{key}";
            if (!FactCatalog.TryParse(key, out var fact))
            {
                errors.Add(path, keyNode, $"unknown fact '{key}'");
                ok = false;
                continue;
            }

            var raw = (valueNode as YamlScalarNode)?.Value;
            var items = (valueNode as YamlSequenceNode)?.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToList();
            if (FactValues.TryParse(FactCatalog.Info(fact), raw, items, out var value, out var error))
            {
                facts = FactValues.With(facts, fact, value);
            }
            else
            {
                errors.Add(path, valueNode, error);
                ok = false;
            }
        }

        return ok ? facts : null;
    }

    private static PolicyTestExpectation? Expect(YamlErrors errors, YamlMap map, HashSet<string> criterionIds)
    {
        var e = map.Map("expect", ExpectKeys);
        if (e is null)
        {
            return null;
        }

        var count = errors.List.Count;
        var outcomeText = e.String("outcome");
        Outcome? outcome = Enum.TryParse<Outcome>(outcomeText, out var o) && Enum.IsDefined(o) ? o : null;
        if (outcomeText is not null && outcome is null)
        {
            errors.Add(e.PathOf("outcome"), e.Get("outcome", false), $"unknown outcome '{outcomeText}'; use Eligible, NotEligible or Unknown");
        }

        var failed = Texts(errors, e, "failed");
        foreach (var id in failed ?? [])
        {
            if (!criterionIds.Contains(id))
            {
                errors.Add(e.PathOf("failed"), e.Get("failed", false), $"no criterion has id '{id}'");
            }
        }

        var missing = Texts(errors, e, "missing")?.Select(key =>
        {
            if (FactCatalog.TryParse(key, out var fact))
            {
                return fact;
            }

            errors.Add(e.PathOf("missing"), e.Get("missing", false), $"unknown fact '{key}'");
            return default;
        }).ToList();

        var payments = Texts(errors, e, "payments")?.Select(t =>
        {
            if (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }

            errors.Add(e.PathOf("payments"), e.Get("payments", false), $"expected a number, got '{t}'");
            return 0m;
        }).ToList();

        var counterfactuals = Counterfactuals(errors, e, criterionIds);
        var expectation = new PolicyTestExpectation(
            outcome ?? default,
            e.String("version", required: false),
            e.Decimal("amount", required: false),
            payments,
            failed,
            missing,
            e.Date("eligibleFrom", required: false),
            counterfactuals,
            e.Bool("manualReview"));
        return errors.List.Count > count ? null : expectation;
    }

    private static List<ExpectedCounterfactual>? Counterfactuals(YamlErrors errors, YamlMap e, HashSet<string> criterionIds)
    {
        var items = e.Sequence("counterfactuals", required: false);
        if (items is null)
        {
            return null;
        }

        var list = new List<ExpectedCounterfactual>();
        for (var i = 0; i < items.Count; i++)
        {
            var c = errors.Map(items[i], $"{e.PathOf("counterfactuals")}[{i}]", CounterfactualKeys);
            var criterion = c?.String("criterion");
            var kindText = c?.String("kind");
            if (c is null || criterion is null || kindText is null)
            {
                continue;
            }

            if (!criterionIds.Contains(criterion))
            {
                errors.Add(c.PathOf("criterion"), c.Get("criterion", false), $"no criterion has id '{criterion}'");
            }

            if (!Enum.TryParse<CounterfactualKind>(kindText, out var kind) || !Enum.IsDefined(kind))
            {
                errors.Add(c.PathOf("kind"), c.Get("kind", false), $"unknown kind '{kindText}'; use {string.Join(", ", Enum.GetNames<CounterfactualKind>())}");
                continue;
            }

            list.Add(new ExpectedCounterfactual(criterion, kind, c.Date("date", required: false)));
        }

        return list;
    }

    private static List<string>? Texts(YamlErrors errors, YamlMap e, string key)
    {
        var items = e.Sequence(key, required: false);
        if (items is null)
        {
            return null;
        }

        var texts = new List<string>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                texts.Add(text);
            }
            else
            {
                errors.Add(e.PathOf(key), item, "expected a list of texts");
            }
        }

        return texts;
    }
}
