namespace TalentPortal.Portal.Api;

/// <summary>Accounts, talent records and employments (gateway accounts and talent-registry).</summary>
public sealed partial class GatewayClient
{
    public Task<ApiResult<SignInResult>> RegisterAccountAsync(RegisterAccountRequest request, CancellationToken ct) =>
        SendAsync<SignInResult>(HttpMethod.Post, "api/auth/register", request, ct);

    public Task<ApiResult<TalentProfile>> GetTalentAsync(Guid talentId, CancellationToken ct) =>
        SendAsync<TalentProfile>(HttpMethod.Get, $"api/talents/{talentId}", null, ct);

    /// <summary>A partial update (JSON merge): only the fields in <paramref name="changes"/> change; a null clears one.</summary>
    public Task<ApiResult<TalentProfile>> UpdateProfileAsync(Guid talentId, IReadOnlyDictionary<string, object?> changes, CancellationToken ct) =>
        SendAsync<TalentProfile>(HttpMethod.Patch, $"api/talents/{talentId}/profile", changes, ct);

    /// <summary>Asks officials for a classification decision (talentTier or startupGrade); it waits in their queue.</summary>
    public Task<ApiResult<FactVerification>> RequestClassificationAsync(Guid talentId, string fact, string value, CancellationToken ct) =>
        SendAsync<FactVerification>(HttpMethod.Post, $"api/talents/{talentId}/classification-requests", new { fact, value }, ct);

    public Task<ApiResult<List<Employment>>> ListEmploymentsAsync(Guid talentId, CancellationToken ct) =>
        SendAsync<List<Employment>>(HttpMethod.Get, $"api/talents/{talentId}/employments", null, ct);

    public Task<ApiResult<Employment>> DeclareEmploymentAsync(Guid talentId, EmploymentTermsRequest request, CancellationToken ct) =>
        SendAsync<Employment>(HttpMethod.Post, $"api/talents/{talentId}/employments", request, ct);

    public Task<ApiResult<List<Employer>>> ListEmployersAsync(CancellationToken ct) =>
        SendAsync<List<Employer>>(HttpMethod.Get, "api/employers", null, ct);
}
