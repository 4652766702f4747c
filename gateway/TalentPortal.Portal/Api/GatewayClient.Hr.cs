using System.Net.Http.Headers;

namespace TalentPortal.Portal.Api;

/// <summary>The HR journey: the employer's hires, bulk import, bulk screening and the employer's applications.</summary>
public sealed partial class GatewayClient
{
    public Task<ApiResult<List<Employment>>> ListHiresAsync(Guid employerId, string? status, CancellationToken ct) =>
        SendAsync<List<Employment>>(HttpMethod.Get, $"api/employers/{employerId}/hires?take=500{(status is null ? "" : $"&status={Uri.EscapeDataString(status)}")}", null, ct);

    public Task<ApiResult<Employer>> GetEmployerAsync(Guid employerId, CancellationToken ct) =>
        SendAsync<Employer>(HttpMethod.Get, $"api/employers/{employerId}", null, ct);

    public Task<ApiResult<Employment>> RecordHireAsync(Guid employerId, HireRequest request, CancellationToken ct) =>
        SendAsync<Employment>(HttpMethod.Post, $"api/employers/{employerId}/hires", request, ct);

    public Task<ApiResult<Employment>> ConfirmEmploymentAsync(Guid talentId, Guid employmentId, CancellationToken ct) =>
        SendAsync<Employment>(HttpMethod.Post, $"api/talents/{talentId}/employments/{employmentId}/confirm", null, ct);

    public Task<ApiResult<Employment>> EndEmploymentAsync(Guid talentId, Guid employmentId, EndEmploymentRequest request, CancellationToken ct) =>
        SendAsync<Employment>(HttpMethod.Post, $"api/talents/{talentId}/employments/{employmentId}/end", request, ct);

    /// <summary>Sends the file (CSV or .xlsx, which talent-registry tells apart by content) as the multipart field
    /// <c>file</c> with the type the browser gave it; the rows are processed in the background.</summary>
    public Task<ApiResult<ImportJob>> SubmitImportAsync(string fileName, string? contentType, byte[] content, CancellationToken ct)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return SendAsync<ImportJob>(HttpMethod.Post, "api/talents/imports", form, ct);
    }

    public Task<ApiResult<ImportJob>> GetImportAsync(Guid jobId, CancellationToken ct) =>
        SendAsync<ImportJob>(HttpMethod.Get, $"api/talents/imports/{jobId}", null, ct);

    public Task<ApiResult<List<MyEligibility>>> ScreenHiresAsync(CancellationToken ct) =>
        SendAsync<List<MyEligibility>>(HttpMethod.Get, "api/eligibility/employer?take=200", null, ct);

    public Task<ApiResult<BenefitApplication>> ApplyForHireAsync(Guid talentId, string policyCode, CancellationToken ct) =>
        SendAsync<BenefitApplication>(HttpMethod.Post, "api/applications", new { policyCode, talentId }, ct);

    public Task<ApiResult<BenefitApplication>> ConfirmApplicationEmploymentAsync(Guid applicationId, CancellationToken ct) =>
        SendAsync<BenefitApplication>(HttpMethod.Post, $"api/applications/{applicationId}/employer-confirmation", null, ct);
}
