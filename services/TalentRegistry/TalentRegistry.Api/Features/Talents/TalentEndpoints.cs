using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
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
            .WithSummary("Register a talent (self-registration by a graduate, or by HR/officials)")
            .Produces<TalentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        talents.MapGet("/{id:guid}", GetTalent.HandleAsync)
            .Allow(AccessScope.Record, "the graduate themself, HR and officials whose scope covers a current employment, zone officials, admins; reveal for officials and admins",
                Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("GetTalent")
            .WithSummary("Read a talent; national ID and phone masked unless an official reveals them (audited); HR sees the birth year only (audited)")
            .Produces<TalentResponse>();
        talents.MapPut("/{id:guid}/profile", UpdateProfile.HandleAsync)
            .Validated<UpdateProfileRequest>()
            .ValidatedAsOfToday<UpdateProfileRequest>()
            .Allow(AccessScope.Record, "the graduate themself, officials whose scope covers the talent, admins", Roles.Graduate, Roles.Official, Roles.Admin)
            .WithName("UpdateTalentProfile")
            .WithSummary("Replace a talent's profile facts and education (the graduate or an official in scope)")
            .Produces<TalentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
