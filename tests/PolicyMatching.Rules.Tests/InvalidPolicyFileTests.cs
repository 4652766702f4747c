using TalentPortal.PolicyMatching.Rules.Loading;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Invalid policy files are rejected with file, YAML path, line and a precise problem.</summary>
public sealed class InvalidPolicyFileTests
{
    private const string Valid = """
        all:
          - { id: zone, fact: employerInZone, eq: true, article: 第一条 }
          - { id: insured, fact: socialInsuranceMonths, min: 1, article: 第一条 }
        """;

    [Fact]
    public void Parse_unknownFact_namesPathAndKnownFacts()
    {
        var errors = PolicyYaml.Errors(PolicyYaml.Text("""
            all:
              - { id: zone, fact: employerInZone, eq: true, article: 第一条 }
              - { id: pay, fact: salary, min: 10000, article: 第一条 }
            """));

        var error = Assert.Single(errors);
        Assert.Equal("bad.yaml", error.File);
        Assert.Equal("versions[0].criteria.all[1].fact", error.Path);
        Assert.StartsWith("unknown fact 'salary'; known facts: degreeLevel, fullTime", error.Problem, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Parse_wrongOperandType_namesTheOperatorPath()
    {
        var errors = PolicyYaml.Errors(PolicyYaml.Text("""
            all:
              - { id: zone, fact: employerInZone, eq: true, article: 第一条 }
              - { id: insured, fact: socialInsuranceMonths, min: six, article: 第一条 }
              - { id: tier, fact: universityTier, in: ["985", "C9"], article: 第一条 }
            """));

        Assert.Equal(
            [
                ("versions[0].criteria.all[1].min", "expected a whole number for socialInsuranceMonths, got 'six'"),
                ("versions[0].criteria.all[2].in[1]", "expected one of 985, 211, DoubleFirstClass, Other, OverseasQsTop200 for universityTier, got 'C9'"),
            ],
            errors.Select(e => (e.Path, e.Problem)));
    }

    [Fact]
    public void Parse_operatorNotForFactType_saysWhichApply()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text("{ id: c, fact: employerInZone, min: 1, article: 第一条 }")));

        Assert.Equal("versions[0].criteria.min", error.Path);
        Assert.Equal("operator 'min' does not apply to employerInZone (true or false); use eq, ne", error.Problem);
    }

    [Fact]
    public void Parse_twoOperators_isRejected()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text("{ id: c, fact: socialInsuranceMonths, min: 1, max: 6, article: 第一条 }")));

        Assert.Equal("versions[0].criteria", error.Path);
        Assert.Contains("exactly one operator", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_overlappingVersionDates_isRejected()
    {
        var text = PolicyYaml.Text(Valid, versionExtra: "effectiveTo: 2021-12-31") + """

              - id: v2
                effectiveFrom: 2021-06-01
                criteria: { id: c, fact: employerInZone, eq: true, article: 第一条 }
                benefit: { kind: OneOff, amounts: [{ amount: 1, article: 第九条 }] }
            """;

        var error = Assert.Single(PolicyYaml.Errors(text));

        Assert.Equal("versions[1].effectiveFrom", error.Path);
        Assert.Equal("overlaps versions[0] (2020-01-01 to 2021-12-31); versions must not overlap", error.Problem);
    }

    [Fact]
    public void Parse_openEndedVersionBeforeAnother_asksForAnEndDate()
    {
        var text = PolicyYaml.Text(Valid) + """

              - id: v2
                effectiveFrom: 2021-06-01
                criteria: { id: c, fact: employerInZone, eq: true, article: 第一条 }
                benefit: { kind: OneOff, amounts: [{ amount: 1, article: 第九条 }] }
            """;

        var error = Assert.Single(PolicyYaml.Errors(text));

        Assert.Equal("versions[0].effectiveTo", error.Path);
        Assert.Equal("is open-ended but versions[1] starts 2021-06-01; set effectiveTo to 2021-05-31 or earlier", error.Problem);
    }

    [Fact]
    public void Parse_missingAmounts_isRejected()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text(Valid, "kind: Instalments\ninstalments: [{ percent: 100, afterMonths: 0 }]")));

        Assert.Equal("versions[0].benefit.amounts", error.Path);
        Assert.Equal("missing amounts: a Instalments benefit needs at least one amount row", error.Problem);
    }

    [Fact]
    public void Parse_instalmentsNotSummingTo100_isRejected()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text(Valid, """
            kind: Instalments
            amounts: [{ amount: 1000, article: 第二条 }]
            instalments: [{ percent: 40, afterMonths: 0 }, { percent: 40, afterMonths: 12 }]
            """)));

        Assert.Equal("versions[0].benefit.instalments", error.Path);
        Assert.Equal("percentages must sum to 100, not 80", error.Problem);
    }

    [Fact]
    public void Parse_unknownKeys_areRejectedAtEveryLevel()
    {
        var text = PolicyYaml.Text("{ id: c, fact: employerInZone, eq: true, article: 第一条, weight: 2 }", header: "eligibility: all");

        var errors = PolicyYaml.Errors(text);

        Assert.Equal(["eligibility", "versions[0].criteria.weight"], errors.Select(e => e.Path));
        Assert.StartsWith("unknown key 'eligibility'; allowed: code, name,", errors[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_criterionWithoutArticle_isRejected()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text("{ id: c, fact: employerInZone, eq: true }")));

        Assert.Equal("versions[0].criteria.article", error.Path);
        Assert.Equal("is required: every rule names the article of its source document", error.Problem);
    }

    [Fact]
    public void Parse_testCaseWithUnknownFactAndCriterion_isRejected()
    {
        var text = PolicyYaml.Text(Valid) + """

            tests:
              - name: t
                asOf: 2026-01-01
                facts: { employerInZone: true, salary: 3 }
                expect: { outcome: Eligible, failed: [zone, nope] }
            """;

        var errors = PolicyYaml.Errors(text);

        Assert.Equal(
            [("tests[0].facts.salary", "unknown fact 'salary'"), ("tests[0].expect.failed", "no criterion has id 'nope'")],
            errors.Select(e => (e.Path, e.Problem)));
    }

    [Fact]
    public void Parse_invalidYaml_reportsTheLine()
    {
        var error = Assert.Single(PolicyYaml.Errors("code: X\nname: { zh: a\nversions: []\n"));

        Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void Parse_manyProblems_reportsAllOfThemInOneException()
    {
        var e = Assert.Throws<PolicyValidationException>(() => PolicyLoader.Parse("code: X\nversions: []\nstacking: higher\n", "many.yaml"));

        Assert.Equal(
            ["name", "category", "authority", "legalReference", "stacking", "versions"],
            e.Errors.Select(x => x.Path));
        Assert.Contains("many.yaml:1: name: is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_duplicateCodes_namesBothFiles()
    {
        var dir = Directory.CreateTempSubdirectory("policies-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), PolicyYaml.Text(Valid));
            File.WriteAllText(Path.Combine(dir.FullName, "b.yaml"), PolicyYaml.Text(Valid));

            var e = Assert.Throws<PolicyValidationException>(() => PolicyLoader.LoadDirectory(dir.FullName));

            var error = Assert.Single(e.Errors);
            Assert.Equal(new PolicyError("b.yaml", "code", "duplicate code 'TEST' (also in a.yaml)"), error);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
