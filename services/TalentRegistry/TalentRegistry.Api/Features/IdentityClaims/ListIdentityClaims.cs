using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

/// <summary>Identity claims for officials to decide, oldest first, a page at a time: zone officials and admins see all,
/// street officials those whose claimed record has a current employment in their street.</summary>
public static class ListIdentityClaims
{
    public const int DefaultTake = 100;

    public static async Task<IResult> HandleAsync(string? state, int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var wanted = DecisionStates.Parse(state);
        var caller = Caller.From(http.User);
        if (caller.SeesWholeZone)
        {
            var options = new QueryOptions<IdentityClaim>(c => c.ClaimedAt, Skip: page.Skip, Take: page.Take);
            var claims = wanted is { } only
                ? await store.FindAsync<IdentityClaim>(c => c.State == only, options, cancellationToken)
                : await store.FindAsync<IdentityClaim>(_ => true, options, cancellationToken);
            return TypedResults.Ok(claims.Select(IdentityClaimReviewResponse.From).ToList());
        }

        var inStreet = await TalentAccess.TalentsInStreetAsync(store, caller.Street!, cancellationToken);
        var candidates = wanted is { } one
            ? await store.FindAsync<IdentityClaim>(c => c.State == one, new QueryOptions<IdentityClaim>(c => c.ClaimedAt), cancellationToken)
            : await store.FindAsync<IdentityClaim>(_ => true, new QueryOptions<IdentityClaim>(c => c.ClaimedAt), cancellationToken);
        return TypedResults.Ok(candidates
            .Where(c => inStreet.Contains(c.ExistingTalentId))
            .Skip(page.Skip).Take(page.Take)
            .Select(IdentityClaimReviewResponse.From)
            .ToList());
    }
}
