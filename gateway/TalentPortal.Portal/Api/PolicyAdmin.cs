using System.Globalization;
using System.Text.Json;

namespace TalentPortal.Portal.Api;

public sealed record PolicyEntry(
    string Code, LocalizedText Name, string Category, LocalizedText Authority, string LegalReference, bool OncePerPerson, string? ExclusionGroup,
    IReadOnlyList<PolicyVersion> Versions);

public sealed record PolicyVersion(string Id, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Document, string BenefitKind);

public sealed record PolicyDraft(Guid Id, string Code, string State, DateTimeOffset CreatedAt, IReadOnlyList<PolicyVersion> Versions);

/// <summary>Every known talent under the text in force and under the draft; <see cref="Changes"/> lists the first 500.</summary>
public sealed record PolicyDraftDiff(
    string PolicyCode, DateOnly AsOf, int TalentsEvaluated, int Gains, int Losses, int AmountChanges, decimal MoneyBefore, decimal MoneyAfter,
    IReadOnlyList<PolicyDiffEntry> Changes);

/// <summary>A preview running in the background over every talent; <see cref="Result"/> is there once it completed.</summary>
public sealed record PolicyDiffJob(
    Guid Id, Guid DraftId, string PolicyCode, DateOnly AsOf, string State, int Total, int Processed, int Skipped, DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt, string? Error, PolicyDraftDiff? Result)
{
    public bool Finished => State is "Completed" or "Failed";
}

public sealed record PolicyDiffEntry(Guid TalentId, string DisplayName, string Before, string After, decimal? AmountBefore, decimal? AmountAfter)
{
    public bool Gains => After == "Eligible" && Before != "Eligible";

    public bool Loses => Before == "Eligible" && After != "Eligible";
}

/// <summary>A background re-match of every talent after a policy was published or retired.</summary>
public sealed record RematchJob(Guid Id, string PolicyCode, int Total, int Processed, int Changed, string State, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string? Error)
{
    public bool Finished => State is "Completed" or "Failed";
}

public sealed partial class GatewayClient
{
    public Task<ApiResult<List<PolicyEntry>>> ListPoliciesAsync(CancellationToken ct) =>
        SendAsync<List<PolicyEntry>>(HttpMethod.Get, "api/policies", null, ct);

    /// <summary>Proposes a policy text. An invalid file is a 400 whose <c>errors</c> is a list of {file, path, problem,
    /// line} rather than the usual field map; those land on the <c>yaml</c> field.</summary>
    public async Task<ApiResult<PolicyDraft>> CreateDraftAsync(string? yaml, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/policies/drafts") { Content = JsonContent.Create(new { yaml }, options: Json) };
        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? new(await response.Content.ReadFromJsonAsync<PolicyDraft>(Json, ct), null)
                : new(default, await ReadDraftProblemAsync(response, ct));
        }
        catch (HttpRequestException e)
        {
            return new(default, new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", e.Message, new Dictionary<string, string[]>()));
        }
    }

    public Task<ApiResult<PolicyDiffJob>> StartDraftDiffAsync(Guid draftId, DateOnly? asOf, CancellationToken ct) =>
        SendAsync<PolicyDiffJob>(HttpMethod.Post, $"api/policies/drafts/{draftId}/diff{(asOf is { } date ? $"?asOf={date:yyyy-MM-dd}" : "")}", null, ct);

    public Task<ApiResult<PolicyDiffJob>> GetDiffJobAsync(Guid jobId, CancellationToken ct) =>
        SendAsync<PolicyDiffJob>(HttpMethod.Get, $"api/policies/diff-jobs/{jobId}", null, ct);

    public Task<ApiResult<RematchJob>> PublishDraftAsync(Guid draftId, DateOnly? effectiveFrom, CancellationToken ct) =>
        SendAsync<RematchJob>(HttpMethod.Post, $"api/policies/drafts/{draftId}/publish", new { effectiveFrom }, ct);

    public Task<ApiResult<RematchJob>> RetirePolicyAsync(string code, CancellationToken ct) =>
        SendAsync<RematchJob>(HttpMethod.Post, $"api/policies/{Uri.EscapeDataString(code)}/retire", null, ct);

    public Task<ApiResult<RematchJob>> GetRematchJobAsync(Guid jobId, CancellationToken ct) =>
        SendAsync<RematchJob>(HttpMethod.Get, $"api/policies/rematch-jobs/{jobId}", null, ct);

    private static async Task<ApiProblem> ReadDraftProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            var root = body.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var detail = root.TryGetProperty("detail", out var d) ? d.GetString() : null;
            var errors = new Dictionary<string, string[]>();
            if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                errors["yaml"] = [.. list.EnumerateArray().Select(FileError)];
            }
            else if (root.TryGetProperty("errors", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                errors = map.Deserialize<Dictionary<string, string[]>>(Json) ?? [];
            }

            return new ApiProblem(status, title, detail, errors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, response.ReasonPhrase, null, new Dictionary<string, string[]>());
        }
    }

    /// <summary>"line 12 · versions[0].criteria.all[0].fact: unknown fact" from one entry of a policy file's errors.</summary>
    private static string FileError(JsonElement error)
    {
        var line = error.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32().ToString(CultureInfo.InvariantCulture) : null;
        var path = error.TryGetProperty("path", out var p) ? p.GetString() : null;
        var problem = error.TryGetProperty("problem", out var m) ? m.GetString() : null;
        var where = string.Join(" · ", new[] { line is null ? null : $"line {line}", path }.Where(s => s is { Length: > 0 }));
        return where.Length > 0 ? $"{where}: {problem}" : problem ?? "";
    }
}
