using System.Net.Http.Headers;

namespace TalentPortal.Portal.Api;

/// <summary>An evidence document as talent-registry lists it: the fact it supports, the name it was uploaded under
/// (display only), the content type its bytes show, its size and its state (Submitted, Used, Withdrawn).</summary>
public sealed record EvidenceDocument(
    Guid Id, Guid TalentId, string Fact, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string State,
    Guid? UsedByVerificationId, long Version);

/// <summary>An evidence document as the verification queue lists it; its bytes are at <c>/api/evidence/{id}/content</c>.</summary>
public sealed record EvidenceSummary(Guid Id, string FileName, string ContentType, long Size);

/// <summary>A document's bytes as talent-registry sends them; disposing it releases the gateway's response.</summary>
public sealed class EvidenceFile(HttpResponseMessage response) : IDisposable
{
    private static readonly string[] Types = ["application/pdf", "image/jpeg", "image/png"];

    /// <summary>The type talent-registry detected (PDF, JPEG or PNG); anything else is passed on as plain bytes.</summary>
    public string ContentType => response.Content.Headers.ContentType?.MediaType is { } type && Types.Contains(type, StringComparer.OrdinalIgnoreCase)
        ? type
        : "application/octet-stream";

    /// <summary>The name talent-registry stores it under, or null when it sent none.</summary>
    public string? FileName => response.Content.Headers.ContentDisposition is { } disposition
        ? (disposition.FileNameStar ?? disposition.FileName)?.Trim('"')
        : null;

    public Task<Stream> OpenAsync(CancellationToken ct) => response.Content.ReadAsStreamAsync(ct);

    public void Dispose() => response.Dispose();
}

public sealed partial class GatewayClient
{
    public Task<ApiResult<List<EvidenceDocument>>> ListEvidenceAsync(Guid talentId, CancellationToken ct) =>
        SendAsync<List<EvidenceDocument>>(HttpMethod.Get, $"api/talents/{talentId}/evidence", null, ct);

    /// <summary>Sends the document as the multipart field <c>file</c> beside <c>fact</c>; talent-registry attaches it to
    /// the fact's pending verification.</summary>
    public Task<ApiResult<EvidenceDocument>> UploadEvidenceAsync(Guid talentId, string fact, string fileName, Stream content, CancellationToken ct)
    {
        var file = new StreamContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { new StringContent(fact), "fact" }, { file, "file", fileName } };
        return SendAsync<EvidenceDocument>(HttpMethod.Post, $"api/talents/{talentId}/evidence", form, ct);
    }

    public Task<ApiResult<EvidenceDocument>> WithdrawEvidenceAsync(Guid evidenceId, CancellationToken ct) =>
        SendAsync<EvidenceDocument>(HttpMethod.Delete, $"api/evidence/{evidenceId}", null, ct);

    /// <summary>A document's bytes, read as they arrive (the caller disposes them), or the problem the gateway answered with.</summary>
    public async Task<ApiResult<EvidenceFile>> GetEvidenceContentAsync(Guid evidenceId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/evidence/{evidenceId}/content");
        try
        {
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.IsSuccessStatusCode)
            {
                return new(new EvidenceFile(response), null);
            }

            using (response)
            {
                return new(null, await ReadProblemAsync(response, ct));
            }
        }
        catch (HttpRequestException e)
        {
            return new(null, new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", e.Message, new Dictionary<string, string[]>()));
        }
    }
}
