using System.Text.Json;

namespace TalentPortal.Portal.Api;

/// <summary>A declared fact waiting for (or decided by) an official, as talent-registry shows it: the fact
/// (<c>education</c>, <c>hukouHuzhou</c>, <c>ownsHomeLocally</c>, <c>firstHomePurchase</c>), the declared value and the
/// verified value it would replace, the talent's masked name and national ID, and the evidence documents uploaded for it.</summary>
public sealed record FactVerification(
    Guid Id, Guid TalentId, string TalentName, string NationalId, string Fact, JsonElement DeclaredValue, JsonElement? VerifiedValue,
    string State, DateTimeOffset DeclaredAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, long Version,
    IReadOnlyList<Guid>? EvidenceIds = null, IReadOnlyList<EvidenceSummary>? Evidence = null, string? Reference = null);

/// <summary>A graduate's claim to a national ID already on a record: Conflict (an unverified self-registration holds it)
/// or Link (HR or an official registered the person); officials see both names and the masked national ID.</summary>
public sealed record IdentityClaimReview(
    Guid Id, string Kind, string State, string NationalId, string ClaimantName, Guid ExistingTalentId, string ExistingName,
    DateTimeOffset ClaimedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, Guid? LinkedTalentId, long Version);

/// <summary>A claim as the claimant sees it; <see cref="LinkedTalentId"/> is the record their account holds once approved.</summary>
public sealed record IdentityClaim(
    Guid Id, string Kind, string State, DateTimeOffset ClaimedAt, DateTimeOffset? DecidedAt, string? Reason, Guid? LinkedTalentId, long Version);

/// <summary>What a talent registration produced: the record (201), or a claim an official resolves (202).</summary>
public sealed record TalentRegistration(TalentProfile? Talent, IdentityClaim? Claim);

public sealed partial class GatewayClient
{
    public Task<ApiResult<List<FactVerification>>> ListVerificationsAsync(CancellationToken ct) =>
        SendAsync<List<FactVerification>>(HttpMethod.Get, "api/verifications?state=Pending&take=200", null, ct);

    public Task<ApiResult<List<FactVerification>>> ListTalentVerificationsAsync(Guid talentId, CancellationToken ct) =>
        SendAsync<List<FactVerification>>(HttpMethod.Get, $"api/talents/{talentId}/verifications", null, ct);

    /// <summary>An official's decision; approving a degree also sends the 学信网 verification code and the report's date.</summary>
    public Task<ApiResult<FactVerification>> DecideVerificationAsync(
        Guid id, bool approved, string? reason, CancellationToken ct, string? verificationCode = null, string? reportDate = null) =>
        SendAsync<FactVerification>(
            HttpMethod.Post, $"api/verifications/{id}/decision",
            verificationCode is null ? new { approved, reason } : new { approved, reason, verificationCode, reportDate }, ct);

    public Task<ApiResult<List<IdentityClaimReview>>> ListIdentityClaimsAsync(CancellationToken ct) =>
        SendAsync<List<IdentityClaimReview>>(HttpMethod.Get, "api/identity-claims?state=Pending&take=200", null, ct);

    public Task<ApiResult<IdentityClaimReview>> DecideIdentityClaimAsync(Guid id, bool approved, string? reason, CancellationToken ct) =>
        SendAsync<IdentityClaimReview>(HttpMethod.Post, $"api/identity-claims/{id}/decision", new { approved, reason }, ct);

    public Task<ApiResult<List<IdentityClaim>>> ListMyClaimsAsync(CancellationToken ct) =>
        SendAsync<List<IdentityClaim>>(HttpMethod.Get, "api/identity-claims/mine", null, ct);

    /// <summary>Points the graduate's account at the record an approved claim linked it to; answers a fresh sign-in.</summary>
    public Task<ApiResult<SignInResult>> LinkTalentRecordAsync(CancellationToken ct) =>
        SendAsync<SignInResult>(HttpMethod.Post, "api/auth/me/talent-link", null, ct);

    /// <summary>Registers the graduate's talent record; a national ID already on a record someone else registered becomes
    /// a claim (202) instead of a refusal.</summary>
    public async Task<ApiResult<TalentRegistration>> RegisterTalentAsync(RegisterTalentRequest request, CancellationToken ct)
    {
        var result = await SendAsync<JsonElement>(HttpMethod.Post, "api/talents", request, ct);
        if (result.Problem is { } problem)
        {
            return new(null, problem);
        }

        // A claim names its kind; a talent record its national ID.
        var body = result.Value;
        return body.TryGetProperty("kind", out _)
            ? new(new TalentRegistration(null, body.Deserialize<IdentityClaim>(Json)), null)
            : new(new TalentRegistration(body.Deserialize<TalentProfile>(Json), null), null);
    }
}
