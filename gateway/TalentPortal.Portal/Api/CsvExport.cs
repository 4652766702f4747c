using Microsoft.AspNetCore.Authentication;
using TalentPortal.Portal.Account;

namespace TalentPortal.Portal.Api;

/// <summary>CSV downloads for officials. The browser never holds the access token (it is inside the encrypted cookie),
/// so the portal fetches the CSV from the gateway with the user's token and passes it on.</summary>
internal static class CsvExport
{
    public static IEndpointRouteBuilder MapCsvExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/exports").RequireAuthorization(p => p.RequireRole(PortalClaims.Official, PortalClaims.Admin));
        exports.MapGet("/intake.csv", (HttpContext http, GatewayClient gateway, string? from, string? to, string? by, string? street, string? degree, string? industryChain, string? employerId, bool? monthly) =>
        {
            var filter = new IntakeFilter(from, to, street, degree, industryChain, Guid.TryParse(employerId, out var id) ? id : null);
            return ProxyAsync(http, gateway, $"api/intake?{filter.Query(by, monthly ?? false, "csv")}", "intake.csv");
        });
        exports.MapGet("/intake-targets.csv", (HttpContext http, GatewayClient gateway, int? year) =>
            ProxyAsync(http, gateway, $"api/intake/targets?format=csv{(year is { } y ? $"&year={y}" : "")}", $"intake-targets-{year}.csv"));
        exports.MapGet("/service-requests.csv", (HttpContext http, GatewayClient gateway, string? from, string? to, string? street, string? category) =>
            ProxyAsync(http, gateway, $"api/housing/dashboard/service-requests?{new ServiceDashboardFilter(from, to, street, category).Query("csv")}", "service-requests.csv"));
        return app;
    }

    private static async Task<IResult> ProxyAsync(HttpContext http, GatewayClient gateway, string path, string fileName)
    {
        var result = await gateway.GetCsvAsync(path, http.RequestAborted);
        if (result.Problem is { Status: StatusCodes.Status401Unauthorized })
        {
            await http.SignOutAsync(PortalAuthentication.Scheme);
            return TypedResults.LocalRedirect("/signin");
        }

        return result.Problem is { } problem
            ? TypedResults.Problem(problem.Message, statusCode: problem.Status, title: problem.Title)
            : TypedResults.File(result.Value!, "text/csv; charset=utf-8", fileName);
    }
}

public sealed partial class GatewayClient
{
    /// <summary>A CSV as the service wrote it (UTF-8 with BOM), or the problem it answered with.</summary>
    public async Task<ApiResult<byte[]>> GetCsvAsync(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/csv");
        try
        {
            using var response = await http.SendAsync(request, ct);
            return response.IsSuccessStatusCode
                ? new(await response.Content.ReadAsByteArrayAsync(ct), null)
                : new(null, await ReadProblemAsync(response, ct));
        }
        catch (HttpRequestException e)
        {
            return new(null, new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Service unavailable", e.Message, new Dictionary<string, string[]>()));
        }
    }
}
