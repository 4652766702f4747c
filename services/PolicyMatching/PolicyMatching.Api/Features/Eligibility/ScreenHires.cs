using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;
using Engine = TalentPortal.PolicyMatching.Infrastructure.EligibilityEvaluator;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>HR screens their employer's current hires against every policy.</summary>
public static partial class ScreenHires
{
    /// <summary>The current hires, a page at a time; a record that cannot be evaluated is reported as such, never
    /// failing the whole screening.</summary>
    public static async Task<IResult> HandleAsync(DateOnly? asOf, int? skip, int? take, HttpContext http, IStore store, Engine eligibility, ILogger<Engine> logger, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var today = eligibility.Today;
        var date = RequestChecks.AsOf(asOf, today);
        var page = Page.Of(skip, take, EligibilityEndpoints.DefaultScreeningTake, EligibilityEndpoints.MaxScreeningTake);
        var employerId = caller.EmployerId ?? throw ProblemException.Forbidden("This account is not bound to an employer.");
        var hires = await Filters.PageAsync(
            (from, count) => store.FindAsync<TalentFacts>(f => f.EmployerId == employerId, new QueryOptions<TalentFacts>(f => f.DisplayName, Skip: from, Take: count), ct),
            f => Task.FromResult(Access.Employs(caller, f, today)),
            page);
        var screened = new List<TalentEligibilityResponse>(hires.Count);
        foreach (var facts in hires)
        {
            try
            {
                screened.Add(EligibilityEndpoints.Respond(facts, eligibility, date));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
            {
                LogUnevaluable(logger, e, facts.Id);
                screened.Add(new TalentEligibilityResponse(facts.Id, facts.DisplayName, date, []) { Problem = "This person's record could not be evaluated; an official has been told." });
            }
        }

        return TypedResults.Ok(screened);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Talent {TalentId}'s record could not be evaluated")]
    private static partial void LogUnevaluable(ILogger logger, Exception exception, Guid talentId);
}
