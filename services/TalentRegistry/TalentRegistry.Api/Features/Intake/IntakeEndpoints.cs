using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.Intake;

public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        var intake = app.MapGroup("/api/intake").WithTags("Intake").RequireAuthorization(Roles.Official);
        intake.MapGet("/", QueryIntake.HandleAsync)
            .Validated<IntakeQueryRequest>()
            .WithName("QueryIntake")
            .WithSummary("Intake counts and monthly series by degree, street, industry chain, employer, university tier and origin (CSV with format=csv)")
            .Produces<IntakeResponse>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        intake.MapGet("/targets", ListIntakeTargets.HandleAsync)
            .WithName("ListIntakeTargets")
            .WithSummary("A year's targets with progress, pace needed and forecast (CSV with format=csv)")
            .Produces<List<IntakeTargetResponse>>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        intake.MapPut("/targets", SetIntakeTarget.HandleAsync)
            .Validated<SetIntakeTargetRequest>()
            .WithName("SetIntakeTarget")
            .WithSummary("Set the annual target of a street × degree (or zone-wide / all degrees)")
            .Produces<IntakeTargetResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
