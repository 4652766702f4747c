using System.Linq.Expressions;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Applications in the caller's scope, newest first: a graduate's own, HR's for their employees, an official's street (zone officials and admins: all).</summary>
public static class ListApplications
{
    public static async Task<IResult> HandleAsync(string? state, int? skip, int? take, HttpContext http, IStore store, EligibilityEvaluator eligibility, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var wanted = RequestChecks.Enum<ApplicationState>(state, "state");
        var page = Page.Of(skip, take, ApplicationEndpoints.DefaultTake, ApplicationEndpoints.MaxTake);
        Expression<Func<Application, bool>> scope;
        if (caller.IsGraduate)
        {
            var talentId = caller.TalentId ?? Guid.Empty;
            scope = a => a.TalentId == talentId;
        }
        else if (caller.IsEmployerHr)
        {
            var employerId = caller.EmployerId ?? Guid.Empty;
            scope = a => a.EmployerId == employerId;
        }
        else if (caller.SeesWholeZone)
        {
            scope = a => a.SubmittedAt > DateTimeOffset.MinValue;
        }
        else
        {
            var street = caller.Street ?? "";
            scope = a => a.Street == street;
        }

        if (wanted is { } s)
        {
            scope = Filters.And(scope, a => a.State == s);
        }

        var order = new QueryOptions<Application>(a => a.SubmittedAt, Descending: true);
        var today = eligibility.Today;
        var found = caller.IsEmployerHr
            ? await Filters.PageAsync(
                (from, count) => store.FindAsync(scope, order with { Skip = from, Take = count }, ct),
                a => Access.SeesApplicationAsync(caller, a, store, today, ct),
                page)
            : await store.FindAsync(scope, order with { Skip = page.Skip, Take = page.Take }, ct);
        var views = new List<ApplicationResponse>(found.Count);
        foreach (var application in found)
        {
            views.Add(application.NoticeStart is null
                ? ApplicationResponse.From(application, [], caller)
                : await ApplicationDecisions.ViewAsync(store, application, caller, ct));
        }

        return TypedResults.Ok(views);
    }
}
