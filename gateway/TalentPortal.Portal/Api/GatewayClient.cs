using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentPortal.Portal.Api;

/// <summary>Calls the services through the gateway; <see cref="BearerTokenHandler"/> adds the signed-in user's token.</summary>
public sealed partial class GatewayClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public Task<ApiResult<SignInResult>> SignInAsync(SignInRequest request, CancellationToken ct) =>
        SendAsync<SignInResult>(HttpMethod.Post, "api/auth/login", request, ct);

    public Task<ApiResult<MyEligibility>> GetMyEligibilityAsync(CancellationToken ct) =>
        SendAsync<MyEligibility>(HttpMethod.Get, "api/eligibility/me", null, ct);

    /// <summary>Policy names by code from the public catalogue; empty when it cannot be read (pages then show codes).</summary>
    public async Task<IReadOnlyDictionary<string, LocalizedText>> GetPolicyNamesAsync(CancellationToken ct)
    {
        var result = await SendAsync<List<PolicySummary>>(HttpMethod.Get, "api/policies", null, ct);
        return result.Value?.ToDictionary(p => p.Code, p => p.Name) ?? [];
    }

    public Task<ApiResult<BenefitApplication>> ApplyAsync(string policyCode, CancellationToken ct) =>
        SendAsync<BenefitApplication>(HttpMethod.Post, "api/applications", new { policyCode }, ct);

    public Task<ApiResult<List<BenefitApplication>>> ListApplicationsAsync(string? state, CancellationToken ct) =>
        SendAsync<List<BenefitApplication>>(HttpMethod.Get, state is null ? "api/applications?take=200" : $"api/applications?take=200&state={Uri.EscapeDataString(state)}", null, ct);

    public Task<ApiResult<BenefitApplication>> DecideAsync(Guid applicationId, ReviewDecision decision, string? reason, CancellationToken ct)
    {
        var route = decision switch
        {
            ReviewDecision.PublicNotice => "public-notice",
            ReviewDecision.Return => "return",
            ReviewDecision.Reject => "reject",
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        return SendAsync<BenefitApplication>(HttpMethod.Post, $"api/applications/{applicationId}/{route}", new { reason }, ct);
    }

    private async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body, options: Json);
        }

        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? new(await response.Content.ReadFromJsonAsync<T>(Json, ct), null)
                : new(default, await ReadProblemAsync(response, ct));
        }
        catch (HttpRequestException e)
        {
            // The gateway is down or unreachable: the page says so instead of failing with a 500.
            return new(default, new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", e.Message, new Dictionary<string, string[]>()));
        }
    }

    private static async Task<ApiProblem> ReadProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, ct);
            return new ApiProblem(status, problem?.Title, problem?.Detail, problem?.Errors ?? [])
            {
                State = problem?.State,
                Code = problem?.Code,
                RetryAfterSeconds = problem?.RetryAfterSeconds ?? (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds,
            };
        }
        catch (JsonException)
        {
            return new ApiProblem(status, response.ReasonPhrase, null, new Dictionary<string, string[]>());
        }
    }

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors, string? State, string? Code, int? RetryAfterSeconds);
}
