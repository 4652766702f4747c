using System.Net.Http.Json;
using TalentPortal.Testing.Security;

namespace TalentPortal.PolicyMatching.Tests.Security;

/// <summary>Every mapped endpoint as every persona, against a fixture of its own (routes publish and retire policies).</summary>
public sealed class AuthorizationMatrixTests(PolicyMatchingFactory factory) : IClassFixture<PolicyMatchingFactory>
{
    [Fact]
    public async Task EveryEndpoint_asEveryPersona_answersAsItsAccessRuleDeclares()
    {
        var fixture = await SecurityFixture.ArrangeAsync(factory, draftAmount: 130_000m);
        var scope = fixture.Scope;
        var matrix = new AuthorizationMatrix(factory.CreateClient(), scope);
        matrix.RouteValues["id"] = fixture.ApplicationId.ToString();
        matrix.RouteValues["/api/policies/drafts/{id:guid}/diff|id"] = fixture.DraftId.ToString();
        matrix.RouteValues["/api/policies/drafts/{id:guid}/publish|id"] = fixture.DraftId.ToString();
        matrix.RouteValues["/api/policies/diff-jobs/{id:guid}|id"] = fixture.DiffJobId.ToString();
        matrix.RouteValues["/api/policies/rematch-jobs/{id:guid}|id"] = fixture.RematchJobId.ToString();
        matrix.RouteValues["/api/applications/{id:guid}/receipt|id"] = fixture.ApprovedApplicationId.ToString();
        matrix.RouteValues["/api/applications/{id:guid}/receipt/verify|id"] = fixture.ApprovedApplicationId.ToString();
        matrix.RouteValues["talentId"] = scope.SelfTalentId.ToString();
        matrix.RouteValues["objectionId"] = fixture.ObjectionId.ToString();
        matrix.RouteValues["code"] = SecurityFixture.RetirableCode;
        matrix.RouteValues["documentName"] = "v1";
        matrix.Bodies["SubmitApplication"] = () => JsonContent.Create(new { policyCode = "LIVING_ALLOWANCE", talentId = scope.SelfTalentId });
        matrix.Bodies["ReturnApplication"] = () => JsonContent.Create(new { reason = "请补充材料" });
        matrix.Bodies["RejectApplication"] = () => JsonContent.Create(new { reason = "材料不实" });
        matrix.Bodies["LodgeObjection"] = () => JsonContent.Create(new { text = "异议" });
        matrix.Bodies["ResolveObjection"] = () => JsonContent.Create(new { upheld = false, resolution = "经核实不属实" });
        matrix.Bodies["WhatIf"] = () => JsonContent.Create(new { overrides = new Dictionary<string, string> { ["socialInsuranceMonths"] = "6" } });
        matrix.Bodies["DraftPolicy"] = () => JsonContent.Create(new { yaml = SecurityFixture.LivingAllowance(140_000m) });
        matrix.FixtureIds.Add(scope.SelfTalentId.ToString());
        matrix.FixtureIds.Add(fixture.ApplicationId.ToString());
        matrix.FixtureIds.Add(fixture.ApprovedApplicationId.ToString());

        var violations = await matrix.RunAsync(EndpointCatalog.Of(factory.Services));

        Assert.Empty(violations);
    }
}
