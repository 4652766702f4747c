using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Builds small policy files for tests: one version from 2020-01-01 with the given criteria and benefit.</summary>
internal static class PolicyYaml
{
    public const string OneOff = """
        kind: OneOff
        amounts:
          - { amount: 1000, article: 第九条 }
        """;

    public static string Text(string criteria, string benefit = OneOff, string header = "", string versionExtra = "") => $"""
        code: TEST
        name: {"{"} zh: 测试政策, en: Test policy {"}"}
        category: Test
        authority: {"{"} zh: 测试机关, en: Test authority {"}"}
        legalReference: 《测试办法》
        {header}
        versions:
          - id: v1
            effectiveFrom: 2020-01-01
            {versionExtra}
            criteria:
        {Indent(criteria, 6)}
            benefit:
        {Indent(benefit, 6)}
        """;

    public static PolicyDefinition Policy(string criteria, string benefit = OneOff, string header = "") =>
        PolicyLoader.Parse(Text(criteria, benefit, header), "test.yaml");

    /// <summary>Facts from <c>key=value;key=value</c>, parsed like what-if overrides.</summary>
    public static TalentFacts Facts(string assignments) => FactOverrides.Apply(
        new TalentFacts(),
        assignments.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Split('=', 2))
            .ToDictionary(kv => kv[0].Trim(), kv => (string?)kv[1].Trim()));

    public static IReadOnlyList<PolicyError> Errors(string text)
    {
        var e = Assert.Throws<PolicyValidationException>(() => PolicyLoader.Parse(text, "bad.yaml"));
        return e.Errors;
    }

    private static string Indent(string text, int spaces) =>
        string.Join("\n", text.Split('\n').Select(line => new string(' ', spaces) + line));
}
