using System.Net.Http.Headers;

namespace TalentPortal.Portal.Api;

/// <summary>A person whose months on the current employment, as HR declared them, differ from the bureau's file.</summary>
public sealed record InsuranceDifference(Guid TalentId, int Declared, int Registry);

/// <summary>What a file of the social-insurance bureau did, as talent-registry answers it: its data rows, the months
/// recorded new, updated (paid changed) and unchanged, the rows rejected with their reasons, the people whose insurance
/// facts were refreshed, the latest month in the file and the people whose declared months differ.</summary>
public sealed record InsuranceImport(
    int Rows, int Recorded, int Updated, int Unchanged, int Rejected, int Talents, string? LatestMonth,
    IReadOnlyList<RejectedRow> RejectedRows, IReadOnlyList<InsuranceDifference> Differences);

public sealed partial class GatewayClient
{
    /// <summary>Sends the bureau's file (CSV or .xlsx, which talent-registry tells apart by content) as the multipart
    /// field <c>file</c> with the type the browser gave it; talent-registry records it while the request waits.</summary>
    public Task<ApiResult<InsuranceImport>> ImportInsuranceRecordsAsync(string fileName, string? contentType, Stream content, CancellationToken ct)
    {
        var file = new StreamContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.TryParse(contentType, out var type) ? type : new MediaTypeHeaderValue("application/octet-stream");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return SendAsync<InsuranceImport>(HttpMethod.Post, "api/insurance-records/imports", form, ct);
    }
}
