using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Features.IdentityClaims;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public static class TalentEndpoints
{
    public static IEndpointRouteBuilder MapTalentEndpoints(this IEndpointRouteBuilder app)
    {
        var talents = app.MapGroup("/api/talents").WithTags("Talents");
        talents.MapPost("/", RegisterTalent.HandleAsync)
            .Validated<RegisterTalentRequest>()
            .ValidatedAsOfToday<RegisterTalentRequest>()
            .Allow(AccessScope.Any, "graduates register themselves under their account's talent id; HR, officials and admins register others",
                Roles.Official, Roles.Admin, Roles.EmployerHr, Roles.Graduate)
            .WithName("RegisterTalent")
            .WithSummary("Register a talent (self-registration by a graduate: identity unverified; by HR/officials: verified). A graduate whose national ID is on an unverified or unheld record gets a 202 identity claim")
            .Produces<TalentResponse>(StatusCodes.Status201Created)
            .Produces<IdentityClaimResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict);
        talents.MapGet("/{id:guid}", GetTalent.HandleAsync)
            .Allow(AccessScope.Record, "the graduate themself, HR and officials whose scope covers a current employment, zone officials, admins; reveal for officials and admins",
                Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("GetTalent")
            .WithSummary("Read a talent with its identity status and each fact's provenance (who supplied it: officials and admins only; others see source and date); national ID and phone masked unless an official reveals them (audited); HR sees the birth year only (audited)")
            .Produces<TalentResponse>();
        talents.MapPatch("/{id:guid}/profile", UpdateProfile.HandleAsync)
            .Allow(AccessScope.Record, "the graduate themself, officials whose scope covers the talent, admins", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("UpdateTalentProfile")
            .WithSummary("Change a talent's profile by JSON merge patch (absent fields unchanged, null clears); the graduate's values wait for verification, the talent tier is never declared")
            .Produces<TalentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        talents.MapPost("/{id:guid}/identity/verify", VerifyIdentity.HandleAsync)
            .Validated<VerifyIdentityRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the talent, zone officials, admins", Roles.Official, Roles.Admin)
            .WithName("VerifyTalentIdentity")
            .WithSummary("An official who saw the ID card verifies an unverified identity (evidence required, audited); otherwise a 409")
            .Produces<TalentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        talents.MapPut("/{id:guid}/talent-tier", Classifications.SetTalentTierAsync)
            .Validated<SetTalentTierRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the talent, zone officials, admins", Roles.Official, Roles.Admin)
            .WithName("SetTalentTier")
            .WithSummary("Record the talent office's 人才分类认定 decision: the talent tier A–E with the decision's reference (audited)")
            .Produces<TalentResponse>();
        talents.MapPut("/{id:guid}/startup-grade", Classifications.SetStartupGradeAsync)
            .Validated<SetStartupGradeRequest>()
            .Allow(AccessScope.Record, "officials whose scope covers the talent, zone officials, admins", Roles.Official, Roles.Admin)
            .WithName("SetStartupGrade")
            .WithSummary("Record the zone's start-up grading decision: the grade A–C of the talent's start-up with the decision's reference (audited)")
            .Produces<TalentResponse>();
        talents.MapPost("/{id:guid}/classification-requests", Classifications.RequestAsync)
            .Validated<ClassificationRequest>()
            .Allow(AccessScope.Record, "the graduate themself", Roles.Graduate)
            .WithName("RequestClassification")
            .WithSummary("A graduate asks officials for a classification decision (talentTier or startupGrade): it waits in the verification queue with the documents uploaded for the fact and changes nothing until approved")
            .Produces<VerificationResponse>(StatusCodes.Status201Created);
        return app;
    }
}
