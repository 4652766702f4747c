using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Verifications;

/// <summary>The officials' queue of declared facts, oldest first, a page at a time: zone officials and admins see all,
/// street officials those of talents with a current employment in their street.</summary>
public static class ListVerifications
{
    public const int DefaultTake = 100;

    public static async Task<IResult> HandleAsync(string? state, int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var wanted = DecisionStates.Parse(state);
        var caller = Caller.From(http.User);
        if (caller.SeesWholeZone)
        {
            var options = new QueryOptions<FactVerification>(v => v.DeclaredAt, Skip: page.Skip, Take: page.Take);
            var all = wanted is { } only
                ? await store.FindAsync<FactVerification>(v => v.State == only, options, cancellationToken)
                : await store.FindAsync<FactVerification>(_ => true, options, cancellationToken);
            return TypedResults.Ok(all.Select(v => VerificationResponse.From(v, showDecidedBy: true)).ToList());
        }

        var inStreet = await TalentAccess.TalentsInStreetAsync(store, caller.Street!, cancellationToken);
        var ordered = new QueryOptions<FactVerification>(v => v.DeclaredAt);
        var candidates = wanted is { } one
            ? await store.FindAsync<FactVerification>(v => v.State == one, ordered, cancellationToken)
            : await store.FindAsync<FactVerification>(_ => true, ordered, cancellationToken);
        return TypedResults.Ok(candidates
            .Where(v => inStreet.Contains(v.TalentId))
            .Skip(page.Skip).Take(page.Take)
            .Select(v => VerificationResponse.From(v, showDecidedBy: true))
            .ToList());
    }

    /// <summary>One talent's verifications, newest first: the graduate themself, officials in scope, admins.</summary>
    public static async Task<IResult> OfTalentAsync(Guid id, int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanEditProfile, cancellationToken);
        var verifications = await store.FindAsync<FactVerification>(
            v => v.TalentId == talent.Id, new QueryOptions<FactVerification>(v => v.DeclaredAt, Descending: true, Skip: page.Skip, Take: page.Take), cancellationToken);
        return TypedResults.Ok(verifications.Select(v => VerificationResponse.From(v, showDecidedBy: !caller.IsGraduate)).ToList());
    }
}
