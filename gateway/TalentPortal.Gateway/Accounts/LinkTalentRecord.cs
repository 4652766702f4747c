using System.Text.Json;
using TalentPortal.Gateway.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

/// <summary>A graduate whose record HR or an official registered claims it when registering (talent-registry answers
/// 202 with a claim); once an official approves the claim, this re-points the graduate's account to that record and
/// signs them in again. The gateway takes the linked record only from talent-registry's answer to the graduate's own
/// claims (<c>GET /api/identity-claims/mine</c>, called with the graduate's token), never from the request.</summary>
public static class LinkTalentRecord
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IStore store, TalentRegistryClient registry, TokenIssuer issuer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var caller = Caller.From(http.User);
        if (!Guid.TryParse(caller.AccountId, out var accountId) || await store.GetAsync<Account>(accountId, cancellationToken) is not { } account)
        {
            throw ProblemException.NotFound("This account no longer exists.");
        }

        var (status, body) = await registry.SendAsync(HttpMethod.Get, "api/identity-claims/mine", http.Request.Headers.Authorization, null, cancellationToken);
        if (status != StatusCodes.Status200OK)
        {
            return TypedResults.Problem(
                title: "Claims unavailable", detail: "talent-registry did not answer with your claims; try again shortly.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var linked = ApprovedLink(body);
        if (linked is null)
        {
            throw new RuleViolationException(
                "No approved claim links this account to a talent record. Register with your national ID (POST /api/talents) to file a claim, and wait for an official's decision.",
                "NoApprovedClaim");
        }

        if (account.TalentId != linked)
        {
            account.TalentId = linked;
            var unitOfWork = store.BeginUnitOfWork();
            unitOfWork.Update(account);
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return TypedResults.Ok(SignIn.Token(account, issuer));
    }

    /// <summary>The record of the newest approved claim of the kind that links an account to an existing record.</summary>
    internal static Guid? ApprovedLink(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var claims = root.ValueKind == JsonValueKind.Array ? root : root.TryGetProperty("items", out var items) ? items : default;
        if (claims.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        Guid? linked = null;
        foreach (var claim in claims.EnumerateArray())
        {
            if (claim.TryGetProperty("state", out var state) && state.ValueEquals("Approved")
                && claim.TryGetProperty("linkedTalentId", out var talent) && talent.ValueKind == JsonValueKind.String && talent.TryGetGuid(out var id))
            {
                linked = id;
            }
        }

        return linked;
    }
}
