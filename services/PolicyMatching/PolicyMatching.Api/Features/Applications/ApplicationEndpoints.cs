using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

public static class ApplicationEndpoints
{
    public static IEndpointRouteBuilder MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/api/applications").WithTags("Applications");
        applications.MapPost("/", SubmitApplication.HandleAsync).Validated<SubmitApplicationRequest>()
            .RequireAuthorization(p => p.RequireRole(Roles.Graduate, Roles.EmployerHr))
            .WithName("SubmitApplication").WithSummary("Apply for a benefit (graduate for themself, HR for a hire); only an Eligible result can be submitted")
            .Produces<ApplicationResponse>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapGet("/", ListAsync).WithName("ListApplications").WithSummary("Applications in the caller's scope, optionally by state");
        applications.MapGet("/public-notice", PublicNoticeAsync).WithName("PublicNotice").WithSummary("Applications in their public notice (公示) period");
        applications.MapGet("/{id:guid}", GetAsync).WithName("GetApplication").WithSummary("One application with its history, objections and instalments");
        applications.MapPost("/{id:guid}/employer-confirmation", ApplicationDecisions.ConfirmByEmployerAsync).RequireAuthorization(Roles.EmployerHr)
            .WithName("ConfirmEmployment").WithSummary("HR confirms the applicant's employment");
        applications.MapPost("/{id:guid}/return", ApplicationDecisions.ReturnAsync).RequireAuthorization(Roles.Official)
            .WithName("ReturnApplication").WithSummary("Return for documents, with a reason");
        applications.MapPost("/{id:guid}/reject", ApplicationDecisions.RejectAsync).RequireAuthorization(Roles.Official)
            .WithName("RejectApplication").WithSummary("Reject, with a reason");
        applications.MapPost("/{id:guid}/resubmit", ApplicationDecisions.ResubmitAsync)
            .WithName("ResubmitApplication").WithSummary("Resubmit a returned application");
        applications.MapPost("/{id:guid}/withdraw", ApplicationDecisions.WithdrawAsync)
            .WithName("WithdrawApplication").WithSummary("Withdraw before approval");
        applications.MapPost("/{id:guid}/public-notice", ApplicationDecisions.StartNoticeAsync).RequireAuthorization(Roles.Official)
            .WithName("StartPublicNotice").WithSummary("Review passed: start the five-working-day public notice");
        applications.MapPost("/{id:guid}/objections", ApplicationDecisions.ObjectAsync).Validated<ObjectionRequest>()
            .WithName("LodgeObjection").WithSummary("Lodge an objection during the public notice");
        applications.MapPost("/{id:guid}/objections/{objectionId:guid}/resolution", ApplicationDecisions.ResolveObjectionAsync).Validated<ResolveObjectionRequest>()
            .RequireAuthorization(Roles.Official).WithName("ResolveObjection").WithSummary("Uphold (rejects the application) or dismiss an objection");
        applications.MapPost("/{id:guid}/approval", ApplicationDecisions.ApproveAsync).RequireAuthorization(Roles.Official)
            .WithName("ApproveApplication").WithSummary("Approve after the notice: ledger entry, disbursement schedule, BenefitGranted")
            .ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/instalments/run", InstalmentRun.HandleAsync).RequireAuthorization(Roles.Official)
            .WithName("RunInstalments").WithSummary("Re-check and pay (or suspend) every instalment due by a date");
        return app;
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, CancellationToken ct)
    {
        var application = await ApplicationDecisions.LoadAsync(store, id, ct);
        return ApplicationDecisions.CanSee(Caller.From(http.User), application)
            ? TypedResults.Ok(ApplicationResponse.From(application))
            : throw ProblemException.Forbidden("You may not see this application.");
    }

    private static async Task<IResult> ListAsync(ApplicationState? state, HttpContext http, IStore store, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        IReadOnlyList<Application> found;
        if (caller.IsGraduate)
        {
            var talentId = caller.TalentId ?? Guid.Empty;
            found = await store.FindAsync<Application>(a => a.TalentId == talentId, cancellationToken: ct);
        }
        else if (caller.IsEmployerHr)
        {
            var employerId = caller.EmployerId ?? Guid.Empty;
            found = await store.FindAsync<Application>(a => a.EmployerId == employerId, cancellationToken: ct);
        }
        else
        {
            found = await store.FindAsync<Application>(a => a.SubmittedAt > DateTimeOffset.MinValue, cancellationToken: ct);
        }

        return TypedResults.Ok(found
            .Where(a => ApplicationDecisions.CanSee(caller, a) && (state is null || a.State == state))
            .OrderByDescending(a => a.SubmittedAt)
            .Select(ApplicationResponse.From)
            .ToList());
    }

    private static async Task<IResult> PublicNoticeAsync(IStore store, CancellationToken ct)
    {
        var inNotice = await store.FindAsync<Application>(a => a.State == ApplicationState.PublicNotice, cancellationToken: ct);
        return TypedResults.Ok(inNotice.OrderBy(a => a.NoticeEnd).Select(a => new PublicNoticeEntry(
            a.Id, MaskName(a.ApplicantName), a.PolicyCode, a.Amount, a.Street, a.NoticeStart, a.NoticeEnd,
            a.Objections.Count(o => o.State == ObjectionState.Open))).ToList());
    }

    private static string MaskName(string name) => name.Length <= 1 ? name : $"{name[0]}{new string('*', name.Length - 1)}";
}
