using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

public static class ApplicationEndpoints
{
    public const int DefaultTake = 100;
    public const int MaxTake = 200;

    private static readonly string[] Everyone = [Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin];
    private static readonly string[] Reviewers = [Roles.Official, Roles.Admin];

    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/applications").WithTags("Applications");
        applications.MapPost("/", SubmitApplication.HandleAsync).Validated<SubmitApplicationRequest>()
            .Allow(AccessScope.Record, "a graduate for themself; HR for a person their employer employs now (talentId)", Roles.Graduate, Roles.EmployerHr)
            .WithName("SubmitApplication").WithSummary("Apply for a benefit (graduate for themself, HR for a hire); only an Eligible result can be submitted")
            .Produces<ApplicationResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapGet("/", ListApplications.HandleAsync)
            .Allow(AccessScope.Filtered, "graduates their own; HR those naming their employer while it employs the applicant; officials their street (zone officials and admins all)", Everyone)
            .WithName("ListApplications").WithSummary("Applications in the caller's scope, newest first, optionally by state (paged)")
            .Produces<List<ApplicationResponse>>();
        applications.MapGet("/public-notice", ListPublicNotice.HandleAsync)
            .Allow(AccessScope.Any, "every signed-in account: the notice is public, with the applicant's given name masked", Everyone)
            .WithName("PublicNotice").WithSummary("Applications in their public notice (公示) period (paged)")
            .Produces<List<PublicNoticeEntry>>();
        applications.MapGet("/{id:guid}", GetAsync)
            .Allow(AccessScope.Record, "the applicant; HR of the employer named on it while it employs the applicant; officials covering its street", Everyone)
            .WithName("GetApplication").WithSummary("One application with its history, objections and instalments")
            .Produces<ApplicationResponse>();
        applications.MapPost("/{id:guid}/employer-confirmation", ConfirmByEmployer.HandleAsync)
            .Allow(AccessScope.Record, "HR of the employer named on the application, while it employs the applicant", Roles.EmployerHr)
            .WithName("ConfirmEmployment").WithSummary("HR confirms the applicant's employment")
            .Produces<ApplicationResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        MapReview(applications.MapPost("/{id:guid}/return", ReturnForDocuments.HandleAsync))
            .WithName("ReturnApplication").WithSummary("Return for documents, with a reason");
        MapReview(applications.MapPost("/{id:guid}/reject", RejectApplication.HandleAsync))
            .WithName("RejectApplication").WithSummary("Reject, with a reason");
        MapApplicant(applications.MapPost("/{id:guid}/resubmit", ResubmitApplication.HandleAsync))
            .WithName("ResubmitApplication").WithSummary("Resubmit a returned application");
        MapApplicant(applications.MapPost("/{id:guid}/withdraw", WithdrawApplication.HandleAsync))
            .WithName("WithdrawApplication").WithSummary("Withdraw before approval");
        MapReview(applications.MapPost("/{id:guid}/public-notice", StartPublicNotice.HandleAsync))
            .WithName("StartPublicNotice").WithSummary("Review passed: start the five-working-day public notice");
        applications.MapPost("/{id:guid}/objections", LodgeObjection.HandleAsync).Validated<ObjectionRequest>()
            .Allow(AccessScope.Any, "any signed-in account during the notice: one open objection per application, a few per day", Everyone)
            .WithName("LodgeObjection").WithSummary("Lodge an objection during the public notice (the objector is shown to officials only)")
            .Produces<ObjectionLodgedResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        MapReview(applications.MapPost("/{id:guid}/objections/{objectionId:guid}/resolution", ResolveObjection.HandleAsync).Validated<ResolveObjectionRequest>())
            .WithName("ResolveObjection").WithSummary("Uphold (rejects the application) or dismiss an objection");
        MapReview(applications.MapPost("/{id:guid}/approval", ApproveApplication.HandleAsync))
            .WithName("ApproveApplication").WithSummary("Approve after the notice: ledger entry, disbursement schedule, BenefitGranted");
        applications.MapGet("/{id:guid}/receipt", GetDecisionReceipt.HandleAsync)
            .Allow(AccessScope.Record, "whoever sees the application: the applicant; HR of the employer named on it while it employs the applicant; officials covering its street", Everyone)
            .WithName("GetDecisionReceipt").WithSummary("An approved application's decision receipt: policy text and its sha256, version, engine, as-of date, input facts with provenance, trace, outcome, approver")
            .Produces<ReceiptResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapPost("/{id:guid}/receipt/verify", VerifyDecisionReceipt.HandleAsync)
            .Allow(AccessScope.Record, "officials covering the application's street (zone officials and admins: all)", Reviewers)
            .WithName("VerifyDecisionReceipt").WithSummary("Run a receipt again on its recorded facts, date and policy text with the current engine, and name any difference")
            .Produces<ReceiptVerificationResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/instalments/run", InstalmentRun.HandleAsync)
            .Allow(AccessScope.Filtered, "officials for the approved applications of their street (zone officials and admins: all)", Reviewers)
            .WithName("RunInstalments").WithSummary("Re-check and pay (or suspend) every instalment due by a date no later than today")
            .Produces<InstalmentRunResponse>();
        return app;
    }

    private static RouteHandlerBuilder MapReview(RouteHandlerBuilder endpoint) => endpoint
        .Allow(AccessScope.Record, "officials covering the application's street (zone officials and admins: all)", Reviewers)
        .Produces<ApplicationResponse>().ProducesProblem(StatusCodes.Status409Conflict);

    private static RouteHandlerBuilder MapApplicant(RouteHandlerBuilder endpoint) => endpoint
        .Allow(AccessScope.Record, "the graduate who applied; HR only for an application HR submitted, while their employer employs the applicant", Roles.Graduate, Roles.EmployerHr)
        .Produces<ApplicationResponse>().ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, EligibilityEvaluator eligibility, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.SeesApplicationAsync(caller, a, store, eligibility.Today, ct), ct);
        return TypedResults.Ok(await ApplicationDecisions.ViewAsync(store, application, caller, ct));
    }
}
