using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>The officials' and admins' routes: public notice, intake figures (talent-registry), the service-request
/// dashboard (housing) and policy administration (policy-matching), shaped like the services' responses.</summary>
public sealed partial class StubGateway
{
    public const string AdminToken = "stub-token-admin-52de";

    private readonly ConcurrentDictionary<Guid, int> _jobPolls = new();

    /// <summary>Query strings of the intake and dashboard calls, to check what the portal asked for.</summary>
    public ConcurrentQueue<string> Queries { get; } = new();

    /// <summary>Whether the admin discarded the failed registration on the operations page.</summary>
    public bool Discarded { get; private set; }

    private void MapOfficials(WebApplication app)
    {
        MapNotice(app);
        MapIntake(app);
        MapServiceDashboard(app);
        MapPolicyAdmin(app);
    }

    private void MapNotice(WebApplication app)
    {
        app.MapPost("/api/applications/{id:guid}/objections", (HttpContext http, Guid id, JsonElement body) =>
        {
            var text = body.TryGetProperty("text", out var t) ? t.GetString() : null;
            Calls.Enqueue($"object {id} {text}");
            return Staff(http)
                ?? (text?.Length > 2000
                    ? Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["text must be at most 2000 characters."] })
                    : Results.Text(CannedJson.NoticeAfter(id, "PublicNotice"), "application/json"));
        });

        app.MapPost("/api/applications/{id:guid}/objections/{objectionId:guid}/resolution", (HttpContext http, Guid id, Guid objectionId, JsonElement body) =>
        {
            var upheld = body.GetProperty("upheld").GetBoolean();
            Calls.Enqueue($"resolve {id} {objectionId} {upheld} {body.GetProperty("resolution").GetString()}");
            return Staff(http) ?? Results.Text(CannedJson.NoticeAfter(id, upheld ? "Rejected" : "PublicNotice"), "application/json");
        });

        app.MapPost("/api/applications/{id:guid}/approval", (HttpContext http, Guid id) =>
        {
            Calls.Enqueue($"approve {id}");
            return Staff(http) ?? Results.Text(CannedJson.NoticeAfter(id, "Approved"), "application/json");
        });
    }

    private void MapIntake(WebApplication app)
    {
        app.MapGet("/api/intake", (HttpContext http, string? from, string? by, string? format) =>
        {
            Queries.Enqueue($"intake {http.Request.QueryString}");
            if (Staff(http) is { } denied)
            {
                return denied;
            }

            if (from is not null && !System.Text.RegularExpressions.Regex.IsMatch(from, @"^\d{4}-(0[1-9]|1[0-2])$"))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["from"] = ["from must be a month, yyyy-MM."] });
            }

            return format == "csv"
                ? Csv(CannedJson.IntakeCsv)
                : Results.Text(CannedJson.Intake(by ?? ""), "application/json");
        });

        app.MapGet("/api/intake/targets", (HttpContext http, string? format) =>
            Staff(http) ?? (format == "csv" ? Csv(CannedJson.TargetsCsv) : Results.Text(CannedJson.IntakeTargets, "application/json")));

        // /api/employers and the service-request categories are served by MapGraduateAndHr (one list for every page).
    }

    private void MapServiceDashboard(WebApplication app)
    {
        app.MapGet("/api/housing/dashboard/service-requests", (HttpContext http, string? format) =>
        {
            Queries.Enqueue($"service-requests {http.Request.QueryString}");
            return Staff(http) ?? (format == "csv" ? Csv(CannedJson.ServiceDashboardCsv) : Results.Text(CannedJson.ServiceDashboard, "application/json"));
        });

    }

    private void MapPolicyAdmin(WebApplication app)
    {
        app.MapGet("/api/operations/failed-messages", (HttpContext http) =>
            Authorized(http, AdminToken) ?? Results.Text(CannedJson.FailedMessages(Discarded), "application/json"));
        app.MapPost("/api/operations/failed-messages/{service}/{groupId}/discard", (HttpContext http, string service, string groupId, JsonElement body) =>
        {
            if (Authorized(http, AdminToken) is { } denied)
            {
                return denied;
            }

            Calls.Enqueue($"discard {service} {groupId} {body.GetProperty("reason").GetString()}");
            Discarded = true;
            return Results.Json(new { messages = 1 });
        });

        app.MapPost("/api/policies/drafts", (HttpContext http, JsonElement body) =>
        {
            if (Authorized(http, AdminToken) is { } denied)
            {
                return denied;
            }

            var yaml = body.GetProperty("yaml").GetString() ?? "";
            Calls.Enqueue($"draft {yaml.Length}");
            return yaml.Contains("degreeLvl", StringComparison.Ordinal)
                ? Results.Text(CannedJson.InvalidPolicyFile, "application/problem+json", statusCode: 400)
                : Results.Text(CannedJson.Draft, "application/json", statusCode: 201);
        });

        app.MapPost("/api/policies/drafts/{id:guid}/diff", (HttpContext http, Guid id, string? asOf) =>
        {
            Queries.Enqueue($"diff {id} {asOf}");
            return Staff(http) ?? Results.Text(CannedJson.DiffJob(running: true), "application/json", statusCode: 202);
        });

        // The preview job is still running at its first read and done at the next, as a short one would be.
        var reads = 0;
        app.MapGet("/api/policies/diff-jobs/{id:guid}", (HttpContext http, Guid id) =>
            Staff(http) ?? Results.Text(CannedJson.DiffJob(running: Interlocked.Increment(ref reads) % 2 == 1), "application/json"));

        app.MapPost("/api/policies/drafts/{id:guid}/publish", (HttpContext http, Guid id, JsonElement body) =>
        {
            if (Authorized(http, AdminToken) is { } denied)
            {
                return denied;
            }

            var effectiveFrom = body.GetProperty("effectiveFrom").GetString();
            Calls.Enqueue($"publish {id} {effectiveFrom}");
            return effectiveFrom == "2027-01-01"
                ? Results.Text(CannedJson.RematchJob(Guid.NewGuid(), "Queued", 0), "application/json", statusCode: 202)
                : Results.Problem(
                    title: "Effective date differs", statusCode: 400,
                    detail: $"The draft's newest version (2027) takes effect on 2027-01-01, not {effectiveFrom}; change effectiveFrom in the draft.");
        });

        app.MapPost("/api/policies/{code}/retire", (HttpContext http, string code) =>
        {
            Calls.Enqueue($"retire {code}");
            return Authorized(http, AdminToken) ?? Results.Text(CannedJson.RematchJob(Guid.NewGuid(), "Queued", 0), "application/json", statusCode: 202);
        });

        // Each poll of a job moves it on: 40% and 80% done, then completed.
        app.MapGet("/api/policies/rematch-jobs/{id:guid}", (HttpContext http, Guid id) =>
        {
            var polls = _jobPolls.AddOrUpdate(id, 1, (_, n) => n + 1);
            return Staff(http) ?? Results.Text(CannedJson.RematchJob(id, polls >= 3 ? "Completed" : "Running", Math.Min(polls * 80, 200)), "application/json");
        });
    }

    private static IResult? Staff(HttpContext http) =>
        Token(http) is OfficialToken or AdminToken or StreetOfficialToken
            ? null
            : Results.Problem(title: "Unauthorized", statusCode: 401);

    private static IResult Csv(string text) => Results.Bytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], "text/csv; charset=utf-8");
}
