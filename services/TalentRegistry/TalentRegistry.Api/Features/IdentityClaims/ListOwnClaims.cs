using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.IdentityClaims;

/// <summary>The calling graduate's own identity claims, newest first: state, reason and, once approved, the record the
/// account holds (<c>linkedTalentId</c>).</summary>
public static class ListOwnClaims
{
    public const int DefaultTake = 50;

    public static async Task<IResult> HandleAsync(int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var account = Caller.From(http.User).AccountId;
        var claims = await store.FindAsync<IdentityClaim>(
            c => c.ClaimantAccountId == account, new QueryOptions<IdentityClaim>(c => c.ClaimedAt, Descending: true, Skip: page.Skip, Take: page.Take), cancellationToken);
        return TypedResults.Ok(claims.Select(IdentityClaimResponse.From).ToList());
    }
}
