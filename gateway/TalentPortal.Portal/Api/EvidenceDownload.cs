using Microsoft.AspNetCore.Authentication;
using TalentPortal.Portal.Account;

namespace TalentPortal.Portal.Api;

/// <summary>Evidence documents for officials in the verification queue. The browser never holds the access token, so the
/// portal fetches the document from the gateway with the user's token and streams it on as an attachment, with the type
/// talent-registry detected and never sniffed.</summary>
internal static class EvidenceDownload
{
    public static IEndpointRouteBuilder MapEvidenceDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/verifications/evidence/{id:guid}", DownloadAsync)
            .RequireAuthorization(p => p.RequireRole(PortalClaims.Official, PortalClaims.Admin));
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext http, GatewayClient gateway)
    {
        var result = await gateway.GetEvidenceContentAsync(id, http.RequestAborted);
        if (result.Problem is { Status: StatusCodes.Status401Unauthorized })
        {
            await http.SignOutAsync(PortalAuthentication.Scheme);
            return TypedResults.LocalRedirect($"/signin?returnUrl={Uri.EscapeDataString("/verifications")}");
        }

        if (result.Problem is { } problem)
        {
            return TypedResults.Problem(problem.Message, statusCode: problem.Status, title: problem.Title);
        }

        var file = result.Value!;
        http.Response.RegisterForDispose(file);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(await file.OpenAsync(http.RequestAborted), file.ContentType, file.FileName ?? $"evidence-{id}");
    }
}
