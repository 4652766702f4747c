using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Loading;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>A criterion cites the document of the version where it last changed: an amending notice is cited only for
/// what it changed.</summary>
public sealed class CitationTests
{
    private const string Rules2019 = "《湖州市新引进大学生生活补贴实施办法》（2019年）";
    private const string Notice2021 = "《关于提高博士研究生生活补贴标准的通知》（2021年10月）";

    private static readonly Facts.TalentFacts RecentPhd = PolicyYaml.Facts(
        "degreeLevel=Doctorate;fullTime=true;graduationDate=2021-12-31;employerInZone=true;socialInsuranceMonths=1");

    private static string ClauseOf(EvaluationResult result, string id) => result.Trace.Single(t => t.Id == id).Clause!;

    [Fact]
    public void Evaluate_livingAllowanceAfterTheDatedChange_citesTheOriginalRulesForCarriedOverCriteria()
    {
        var result = PolicyEngine.Evaluate(RecentPhd, SeedPolicies.Get("LIVING_ALLOWANCE"), new DateOnly(2022, 3, 1));

        Assert.Equal("2021-10", result.VersionId);
        Assert.Equal($"{Rules2019} 第二条第（一）项", ClauseOf(result, "degree"));
        Assert.Equal($"{Rules2019} 第二条第（二）项", ClauseOf(result, "graduation-window"));
        Assert.All(result.Trace.Where(t => t.Kind == CriterionKind.Comparison), t => Assert.StartsWith(Rules2019, t.Clause, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_criterionTheAmendingNoticeChanged_citesTheNotice_andTheOthersTheOriginalRules()
    {
        // The notice widens the graduation window to 60 months; the degree rule is carried over word for word.
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Policies, "living-allowance.yaml")).Replace(
            "    criteria:\n      all: *criteria\n",
            """
                criteria:
                  all:
                    - { id: full-time, fact: fullTime, eq: true, article: 第二条第（一）项 }
                    - { id: degree, fact: degreeLevel, min: Bachelor, article: 第二条第（一）项 }
                    - { id: graduated, fact: monthsSinceGraduation, min: 0, article: 第二条第（二）项 }
                    - { id: graduation-window, fact: monthsSinceGraduation, max: 60, article: 第二条第（二）项 }
                    - { id: employer-in-zone, fact: employerInZone, eq: true, article: 第三条 }
                    - { id: insured-locally, fact: socialInsuranceMonths, min: 1, article: 第二条第（三）项 }

            """,
            StringComparison.Ordinal);
        var policy = PolicyLoader.Parse(yaml, "living-allowance.yaml");

        var result = PolicyEngine.Evaluate(RecentPhd, policy, new DateOnly(2022, 3, 1));

        Assert.Equal("2021-10", result.VersionId);
        Assert.Equal($"{Rules2019} 第二条第（一）项", ClauseOf(result, "degree"));
        Assert.Equal($"{Notice2021} 第二条第（二）项", ClauseOf(result, "graduation-window"));
        Assert.Equal($"{Notice2021} 第三条", ClauseOf(result, "employer-in-zone"));
        Assert.Equal($"{Rules2019} 第二条第（三）项", ClauseOf(result, "insured-locally"));
    }

    [Fact]
    public void Evaluate_livingAllowanceBeforeTheChange_citesTheLegalReference()
    {
        var result = PolicyEngine.Evaluate(RecentPhd with { GraduationDate = new DateOnly(2021, 6, 30) }, SeedPolicies.Get("LIVING_ALLOWANCE"), new DateOnly(2021, 9, 1));

        Assert.Equal("2019", result.VersionId);
        Assert.Equal($"{Rules2019} 第二条第（一）项", ClauseOf(result, "degree"));
    }
}
