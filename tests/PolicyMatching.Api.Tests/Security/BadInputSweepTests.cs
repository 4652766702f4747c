using System.Text.Json;
using System.Text.Json.Nodes;
using TalentPortal.Testing.Security;

namespace TalentPortal.PolicyMatching.Tests.Security;

/// <summary>Bad input to every operation of the OpenAPI document, against a fixture of its own.</summary>
public sealed class BadInputSweepTests(PolicyMatchingFactory factory) : IClassFixture<PolicyMatchingFactory>
{
    [Fact]
    public async Task EveryOperation_withBadInput_answers4xxWithTheContractAndWritesNothing()
    {
        var fixture = await SecurityFixture.ArrangeAsync(factory, draftAmount: 120_000m);
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        // Left out of the fingerprint because background work writes them while the sweep runs: talent_facts (the
        // event consumers, and the re-match after a publication the sweep makes), rematch_jobs and diff_jobs (their workers).
        var sweep = new BadInputSweep(client, fixture.Scope, StoreFingerprint.Of(factory.Services, "talent_facts", "rematch_jobs", "diff_jobs"));
        sweep.RouteValues["id"] = fixture.ApplicationId.ToString();
        sweep.RouteValues["/api/policies/drafts/{id}/diff|id"] = fixture.DraftId.ToString();
        sweep.RouteValues["/api/policies/drafts/{id}/publish|id"] = fixture.DraftId.ToString();
        sweep.RouteValues["/api/policies/diff-jobs/{id}|id"] = fixture.DiffJobId.ToString();
        sweep.RouteValues["/api/policies/rematch-jobs/{id}|id"] = fixture.RematchJobId.ToString();
        sweep.RouteValues["/api/applications/{id}/receipt|id"] = fixture.ApprovedApplicationId.ToString();
        sweep.RouteValues["/api/applications/{id}/receipt/verify|id"] = fixture.ApprovedApplicationId.ToString();
        sweep.RouteValues["talentId"] = fixture.Scope.SelfTalentId.ToString();
        sweep.RouteValues["objectionId"] = fixture.ObjectionId.ToString();
        sweep.RouteValues["code"] = SecurityFixture.RetirableCode;
        sweep.BaseBodies["SubmitApplication"] = new JsonObject { ["policyCode"] = "LIVING_ALLOWANCE", ["talentId"] = fixture.Scope.SelfTalentId.ToString() };
        foreach (var decision in new[] { "ReturnApplication", "RejectApplication", "ResubmitApplication", "WithdrawApplication", "StartPublicNotice" })
        {
            sweep.BaseBodies[decision] = new JsonObject { ["reason"] = "说明" };
        }

        sweep.BaseBodies["LodgeObjection"] = new JsonObject { ["text"] = "异议" };
        sweep.BaseBodies["ResolveObjection"] = new JsonObject { ["upheld"] = false, ["resolution"] = "经核实不属实" };
        sweep.BaseBodies["WhatIf"] = new JsonObject
        {
            ["overrides"] = new JsonObject { ["socialInsuranceMonths"] = "6", ["employerInZone"] = "true", ["birthDate"] = "1994-08-01", ["graduationDate"] = "2025-06-30" },
            ["asOf"] = "2026-12-01",
        };
        sweep.BaseBodies["DraftPolicy"] = new JsonObject { ["yaml"] = SecurityFixture.LivingAllowance(150_000m) };
        sweep.BaseBodies["PublishPolicy"] = new JsonObject { ["effectiveFrom"] = "2021-10-14" };
        sweep.BaseBodies["RunInstalments"] = new JsonObject { ["asOf"] = "2026-12-01" };

        var report = await sweep.RunAsync(document);

        Assert.True(report.Requests >= 1000, $"only {report.Requests} requests: {string.Join(", ", report.RequestsByOperation.Select(o => $"{o.Key}={o.Value}"))}");
        Assert.True(report.Violations.Count == 0, string.Join("\n", report.Violations));
    }
}
