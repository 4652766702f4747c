using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Intake;

public static class IntakeEndpoints
{
    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder app)
    {
        var intake = app.MapGroup("/api/intake").WithTags("Intake");
        intake.MapGet("/", QueryIntake.HandleAsync)
            .Validated<IntakeQueryRequest>()
            .ValidatedAsOfToday<IntakeQueryRequest>()
            .Allow(AccessScope.Filtered, "officials and admins; street officials see their street's figures only", Roles.Official, Roles.Admin)
            .WithName("QueryIntake")
            .WithSummary("Intake counts and monthly series by degree, street, industry chain, employer, university tier and origin (CSV with format=csv)")
            .Produces<IntakeResponse>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        intake.MapGet("/targets", ListIntakeTargets.HandleAsync)
            .Allow(AccessScope.Filtered, "officials and admins; street officials see their street's targets only", Roles.Official, Roles.Admin)
            .WithName("ListIntakeTargets")
            .WithSummary("A year's targets with progress, pace needed and forecast, a page at a time (CSV with format=csv)")
            .Produces<List<IntakeTargetResponse>>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        intake.MapPut("/targets", SetIntakeTarget.HandleAsync)
            .Validated<SetIntakeTargetRequest>()
            .Allow(AccessScope.Record, "zone officials and admins for any street or the whole zone; street officials for their own street (the body's street)",
                Roles.Official, Roles.Admin)
            .WithName("SetIntakeTarget")
            .WithSummary("Set the annual target of a street × degree (or zone-wide / all degrees)")
            .Produces<IntakeTargetResponse>();
        return app;
    }
}
