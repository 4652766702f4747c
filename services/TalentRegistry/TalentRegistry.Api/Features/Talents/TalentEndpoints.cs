using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.Talents;

public static class TalentEndpoints
{
    public static IEndpointRouteBuilder MapTalentEndpoints(this IEndpointRouteBuilder app)
    {
        var talents = app.MapGroup("/api/talents").WithTags("Talents");
        talents.MapPost("/", RegisterTalent.HandleAsync)
            .Validated<RegisterTalentRequest>()
            .RequireAuthorization(p => p.RequireRole(Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin))
            .WithName("RegisterTalent")
            .WithSummary("Register a talent (self-registration by a graduate, or by HR/officials)")
            .Produces<TalentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);
        talents.MapGet("/{id:guid}", GetTalent.HandleAsync)
            .WithName("GetTalent")
            .WithSummary("Read a talent; national ID masked unless an official reveals it (audited)")
            .Produces<TalentResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        talents.MapPut("/{id:guid}/profile", UpdateProfile.HandleAsync)
            .Validated<UpdateProfileRequest>()
            .WithName("UpdateTalentProfile")
            .WithSummary("Replace a talent's profile facts and education (the graduate or an official in scope)")
            .Produces<TalentResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
