using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Policies state whose word each fact needs; a result relying on anything else is pending verification.</summary>
public sealed class TrustTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);

    /// <summary>A doctor hired in the zone, every fact from an accepted source except those in <paramref name="selfDeclared"/>.</summary>
    private static TalentFacts Doctor(params Fact[] selfDeclared) => new()
    {
        DegreeLevel = DegreeLevel.Doctorate,
        FullTime = true,
        UniversityTier = UniversityTier.Project985,
        BirthDate = new DateOnly(1994, 8, 1),
        GraduationDate = new DateOnly(2025, 6, 30),
        SocialInsuranceMonths = 3,
        EmployerInZone = true,
        EmployedLocally = true,
        HukouHuzhou = false,
        HeldBenefits = [],
        Sources = FactCatalog.All.Where(f => !selfDeclared.Contains(f)).ToDictionary(f => f, f => FactCatalog.DefaultSourcesOf(f)[^1]),
    };

    [Fact]
    public void Evaluate_selfDeclaredDegree_eligibleWithTheDegreePending()
    {
        var result = PolicyEngine.Evaluate(Doctor(Fact.DegreeLevel), SeedPolicies.Get("LIVING_ALLOWANCE"), AsOf);

        Assert.Equal(Outcome.Eligible, result.Outcome);
        Assert.Equal(100_000m, result.Benefit!.Amount);
        Assert.Equal([Fact.DegreeLevel], result.PendingVerification);
    }

    [Fact]
    public void Evaluate_factsWithoutSources_pendNothing()
    {
        var result = PolicyEngine.Evaluate(Doctor() with { Sources = null }, SeedPolicies.Get("LIVING_ALLOWANCE"), AsOf);

        Assert.Equal(Outcome.Eligible, result.Outcome);
        Assert.Empty(result.PendingVerification);
    }

    [Fact]
    public void Evaluate_derivedFact_pendsTheFactItDerivesFrom()
    {
        var result = PolicyEngine.Evaluate(Doctor(Fact.GraduationDate), SeedPolicies.Get("LIVING_ALLOWANCE"), AsOf);

        Assert.Equal([Fact.GraduationDate], result.PendingVerification);
    }

    [Fact]
    public void Evaluate_employerAttestedInsurance_isAcceptedButNotForEducation()
    {
        var sources = FactCatalog.All.ToDictionary(f => f, _ => FactSource.EmployerAttested);

        var result = PolicyEngine.Evaluate(Doctor() with { Sources = sources }, SeedPolicies.Get("LIVING_ALLOWANCE"), AsOf);

        Assert.Equal([Fact.DegreeLevel, Fact.FullTime, Fact.GraduationDate], result.PendingVerification);
    }

    [Fact]
    public void Evaluate_amountRowOnAnUnverifiedFact_pendsIt()
    {
        var policy = PolicyYaml.Policy(
            "{ id: zone, fact: employerInZone, eq: true, article: 第一条 }",
            """
            kind: OneOff
            amounts:
              - { id: huzhou, when: { fact: hukouHuzhou, eq: true }, amount: 2000, article: 第二条 }
              - { id: others, amount: 1000, article: 第二条 }
            """);

        var result = PolicyEngine.Evaluate(Doctor(Fact.HukouHuzhou) with { HukouHuzhou = true }, policy, AsOf);

        Assert.Equal(2000m, result.Benefit!.Amount);
        Assert.Equal([Fact.HukouHuzhou], result.PendingVerification);
    }

    [Fact]
    public void Evaluate_anyWithAVerifiedAlternative_pendsNothing()
    {
        var policy = PolicyYaml.Policy("""
            any:
              - { id: doctor, fact: degreeLevel, eq: Doctorate, article: 第一条 }
              - { id: zone, fact: employerInZone, eq: true, article: 第一条 }
            """);

        Assert.Empty(PolicyEngine.Evaluate(Doctor(Fact.DegreeLevel), policy, AsOf).PendingVerification);
        Assert.Equal([Fact.DegreeLevel], PolicyEngine.Evaluate(Doctor(Fact.DegreeLevel, Fact.EmployerInZone), policy, AsOf).PendingVerification);
    }

    [Fact]
    public void Evaluate_unknownFact_isMissingNotPending()
    {
        var result = PolicyEngine.Evaluate(Doctor(Fact.DegreeLevel) with { DegreeLevel = null }, SeedPolicies.Get("LIVING_ALLOWANCE"), AsOf);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([Fact.DegreeLevel], result.MissingFacts);
        Assert.Empty(result.PendingVerification);
    }

    [Fact]
    public void Evaluate_trustOverride_acceptsWhatThePolicySays()
    {
        var policy = PolicyYaml.Policy(
            "{ id: doctor, fact: degreeLevel, eq: Doctorate, article: 第一条 }",
            header: "trust: { degreeLevel: [SelfDeclared, OfficialVerified], employerInZone: [Registry] }");

        Assert.Empty(PolicyEngine.Evaluate(Doctor(Fact.DegreeLevel), policy, AsOf).PendingVerification);
        Assert.Equal([FactSource.SelfDeclared, FactSource.OfficialVerified], policy.Trust.AcceptedSources(Fact.DegreeLevel));
        Assert.Equal(FactCatalog.DefaultSourcesOf(Fact.FullTime), policy.Trust.AcceptedSources(Fact.FullTime));
    }

    [Fact]
    public void SeedLivingAllowance_declaresItsTrust()
    {
        var trust = SeedPolicies.Get("LIVING_ALLOWANCE").Trust;

        Assert.Equal([FactSource.EmployerAttested, FactSource.Registry], trust.AcceptedSources(Fact.SocialInsuranceMonths));
        Assert.Equal([FactSource.OfficialVerified, FactSource.Registry], trust.AcceptedSources(Fact.DegreeLevel));
    }

    [Fact]
    public void WithoutUntrusted_selfDeclaredDegree_leavesTheAnswerOpen()
    {
        var policy = SeedPolicies.Get("LIVING_ALLOWANCE");

        var result = PolicyEngine.Evaluate(policy.Trust.WithoutUntrusted(Doctor(Fact.DegreeLevel)), policy, AsOf);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Equal([Fact.DegreeLevel], result.MissingFacts);
    }

    [Fact]
    public void WithoutUntrusted_heldBenefits_areAlwaysKept()
    {
        var facts = Doctor(Fact.HeldBenefits) with { HeldBenefits = ["TALENT_APARTMENT"] };

        Assert.Equal(["TALENT_APARTMENT"], FactTrust.Default.WithoutUntrusted(facts).HeldBenefits);
    }

    [Fact]
    public void WhatIf_overriddenFact_becomesSelfDeclared()
    {
        var policy = SeedPolicies.Get("LIVING_ALLOWANCE");

        var result = PolicyEngine.WhatIf(Doctor(), new Dictionary<string, string?> { ["degreeLevel"] = "Master" }, policy, AsOf);

        Assert.Empty(result.Before.PendingVerification);
        Assert.Equal([Fact.DegreeLevel], result.After.PendingVerification);
    }

    [Theory]
    [InlineData("trust: { salary: [Registry] }", "trust.salary", "unknown fact 'salary'; known facts: degreeLevel, fullTime")]
    [InlineData("trust: { degreeLevel: [Notarised] }", "trust.degreeLevel[0]", "unknown source 'Notarised'; use SelfDeclared, EmployerAttested, OfficialVerified, Registry")]
    [InlineData("trust: { degreeLevel: ['1'] }", "trust.degreeLevel[0]", "unknown source '1'")]
    [InlineData("trust: { degreeLevel: [Registry, Registry] }", "trust.degreeLevel[1]", "Registry is listed twice")]
    [InlineData("trust: { degreeLevel: [] }", "trust.degreeLevel", "expected a non-empty list of sources")]
    [InlineData("trust: { degreeLevel: Registry }", "trust.degreeLevel", "expected a non-empty list of sources")]
    [InlineData("trust: { age: [Registry] }", "trust.age", "age is derived from birthDate; state the trust of those")]
    [InlineData("trust: { heldBenefits: [Registry] }", "trust.heldBenefits", "heldBenefits is the system's own record and always trusted")]
    [InlineData("trust: [degreeLevel]", "trust", "expected a mapping of fact → accepted sources")]
    public void Parse_badTrust_namesThePathAndTheProblem(string trust, string path, string problem)
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text("{ id: zone, fact: employerInZone, eq: true, article: 第一条 }", header: trust)));

        Assert.Equal(path, error.Path);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }
}
