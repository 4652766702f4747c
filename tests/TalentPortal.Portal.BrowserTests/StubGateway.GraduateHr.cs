using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>The graduate's profile, housing and service requests, and the HR journey, shaped like talent-registry's,
/// housing's and policy-matching's responses (docs/api). Each signed-in account is one scenario; what a test changes
/// (an accepted offer, a registration, a confirmation) is kept per scenario in <see cref="_done"/>.</summary>
public sealed partial class StubGateway
{
    public const string OfferToken = "stub-token-graduate-offer-5d2e";
    public const string HrToken = "stub-token-hr-3c8a";
    public const string NewGraduateToken = "stub-token-graduate-new-a41f";

    public const string ValidNationalId = "330502199503151239";
    public const string EmployerId = "0192f000-0000-7000-8000-0000000000e1";
    public const string ImportJobId = "0197b000-0000-7000-8000-00000000f001";

    private readonly ConcurrentDictionary<string, int> _done = new();
    private readonly ConcurrentQueue<(string Token, object Request)> _raised = new();

    private static bool IsHr(HttpContext http) => Token(http) == HrToken;

    private static string? Token(HttpContext http) => http.Request.Headers.Authorization.ToString() is { Length: > 7 } value ? value[7..] : null;

    private static IResult? Graduate(HttpContext http) =>
        Token(http) is GraduateToken or OfferToken or NewGraduateToken or ClaimantToken ? null : Results.Problem(title: "Unauthorized", statusCode: 401);

    private void MapGraduateAndHr(WebApplication app)
    {
        MapAccountsAndTalents(app);
        MapHousing(app);
        MapServiceRequests(app);
        MapHr(app);
    }

    private void MapAccountsAndTalents(WebApplication app)
    {
        app.MapPost("/api/auth/register", (JsonElement body) =>
        {
            var username = body.GetProperty("username").GetString();
            Calls.Enqueue($"register {username}");
            return username == "taken.name"
                ? Results.Problem(title: "Conflict", detail: $"The username {username} is taken.", statusCode: 409)
                : Results.Json(SignIn(NewGraduateToken, "graduate", body.GetProperty("displayName").GetString()!), statusCode: 201);
        });

        app.MapGet("/api/talents/{id:guid}", (HttpContext http, Guid id) =>
            Graduate(http) ?? (Token(http) == ClaimantToken || (Token(http) == NewGraduateToken && !_done.ContainsKey("registered"))
                ? Results.Problem(title: "Not found", detail: $"Talent {id} does not exist.", statusCode: 404)
                : Results.Json(GraduateHrData.Talent(Token(http) == NewGraduateToken ? "赵磊" : "李明", OwnsHome()))));

        app.MapPost("/api/talents", (HttpContext http, JsonElement body) =>
        {
            if (Graduate(http) is { } denied)
            {
                return denied;
            }

            if (Token(http) == ClaimantToken && body.GetProperty("nationalId").GetString() == ValidNationalId)
            {
                // Someone registered this national ID first: the registration becomes a claim.
                _done["claimed"] = 1;
                Calls.Enqueue($"claim {body.GetProperty("fullName").GetString()}");
                return Results.Json(Claim, statusCode: 202);
            }

            if (body.GetProperty("nationalId").GetString() != ValidNationalId)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["nationalId"] = ["nationalId check digit is wrong."] });
            }

            Calls.Enqueue($"register-talent {body.GetProperty("fullName").GetString()} {body.GetProperty("education")[0].GetProperty("university").GetString()}");
            _done["registered"] = 1;
            return Results.Json(GraduateHrData.Talent(body.GetProperty("fullName").GetString()!), statusCode: 201);
        });

        app.MapPatch("/api/talents/{id:guid}/profile", (HttpContext http, Guid id, JsonElement body) =>
        {
            // A merge patch: the call names the fields sent, so a test sees that untouched ones stayed out.
            Calls.Enqueue($"profile [{string.Join(",", body.EnumerateObject().Select(p => p.Name))}] {(body.TryGetProperty("email", out var email) ? email.GetString() : "-")}");
            if (body.TryGetProperty("ownsHomeLocally", out var ownsHome))
            {
                _done["ownsHome"] = ownsHome.ValueKind switch { JsonValueKind.True => 1, JsonValueKind.False => 0, _ => -1 };
            }

            return Graduate(http) ?? Results.Json(GraduateHrData.Talent("李明", OwnsHome()));
        });

        bool? OwnsHome() => _done.TryGetValue("ownsHome", out var value) ? value switch { 1 => true, 0 => false, _ => null } : null;

        app.MapGet("/api/talents/{id:guid}/employments", (HttpContext http, Guid id) =>
            Graduate(http) ?? Results.Json(new[] { GraduateHrData.Employment("0197c000-0000-7000-8000-0000000000d0", "0192f000-0000-7000-8000-000000000001", "李明", "Confirmed", "2026-03-01") }));

        app.MapPost("/api/talents/{id:guid}/employments", (HttpContext http, Guid id, JsonElement body) =>
            Graduate(http) ?? Results.Json(GraduateHrData.Employment("0197c000-0000-7000-8000-0000000000d9", id.ToString(), "李明", "Declared", body.GetProperty("startDate").GetString()!), statusCode: 201));

        app.MapGet("/api/employers", () => Results.Json(GraduateHrData.Employers));
        app.MapGet("/api/employers/{id:guid}", (Guid id) => Results.Json(GraduateHrData.Employers[0]));
    }

    private void MapHousing(WebApplication app)
    {
        app.MapGet("/api/housing/projects", () => Results.Json(GraduateHrData.Projects));

        app.MapGet("/api/housing/applications", (HttpContext http) => Graduate(http) ?? Token(http) switch
        {
            GraduateToken => Results.Json(new[] { GraduateHrData.HousingApplication("Waiting", 4, null) }),
            OfferToken when _done.ContainsKey("accepted") => Results.Json(new[] { GraduateHrData.HousingApplication("Housed", null, null) }),
            OfferToken => Results.Json(new[] { GraduateHrData.HousingApplication("Offered", 1, GraduateHrData.Offer) }),
            _ => Results.Json(Array.Empty<object>()),
        });

        app.MapGet("/api/housing/applications/{id:guid}/position", (HttpContext http, Guid id) =>
            Graduate(http) ?? Results.Json(new
            {
                applicationId = id,
                status = Token(http) == OfferToken ? "Offered" : "Waiting",
                band = 3,
                penalties = 0,
                position = Token(http) == OfferToken ? 1 : 4,
                queueLength = 9,
                expectedWait = new { known = true, weeks = 16.0m, allocationsInWindow = 3, windowWeeks = 12, allocationsPerWeek = 0.25m, basis = "position 4 ÷ (3 ÷ 12) = 16.0 weeks" },
            }));

        app.MapPost("/api/housing/applications", (HttpContext http) =>
            Graduate(http) ?? Results.Json(
                new { type = "about:blank", title = "Conflict", status = 409, detail = "You hold no approved talent-apartment benefit (人才公寓) yet.", state = "NoBenefit" },
                statusCode: 409, contentType: "application/problem+json"));

        app.MapPost("/api/housing/offers/{id:guid}/accept", (HttpContext http, Guid id) =>
        {
            Calls.Enqueue($"accept-offer {id}");
            _done["accepted"] = 1;
            return Graduate(http) ?? Results.Json(GraduateHrData.Lease, statusCode: 201);
        });

        app.MapPost("/api/housing/offers/{id:guid}/refuse", (HttpContext http, Guid id, JsonElement body) =>
        {
            Calls.Enqueue($"refuse-offer {id} {body.GetProperty("reason")}");
            return Graduate(http) ?? Results.Json(GraduateHrData.Offer);
        });

        app.MapGet("/api/housing/leases", (HttpContext http) =>
            Graduate(http) ?? Results.Json(Token(http) == OfferToken && _done.ContainsKey("accepted") ? new[] { GraduateHrData.Lease } : []));

        app.MapGet("/api/housing/leases/{id:guid}/rent-schedule", (HttpContext http, Guid id) => Graduate(http) ?? Results.Json(GraduateHrData.RentSchedule(id)));
    }

    private void MapServiceRequests(WebApplication app)
    {
        app.MapGet("/api/housing/service-requests/categories", () => Results.Json(GraduateHrData.Categories));

        app.MapGet("/api/housing/service-requests", (HttpContext http) =>
        {
            var token = Token(http);
            if (token is not (GraduateToken or HrToken or NewGraduateToken or OfferToken))
            {
                return Results.Problem(title: "Unauthorized", statusCode: 401);
            }

            var raised = _raised.Where(r => r.Token == token).Select(r => r.Request).Reverse();
            var existing = token == GraduateToken ? GraduateHrData.GraduateRequests(_done.TryGetValue("survey", out var score) ? score : null) : [];
            return Results.Json(raised.Concat(existing));
        });

        app.MapPost("/api/housing/service-requests", (HttpContext http, JsonElement body) =>
        {
            var title = body.GetProperty("title").GetString()!;
            if (title == "503")
            {
                return Results.Problem(title: "Service unavailable", detail: "housing is not reachable.", statusCode: 503);
            }

            if (title.Length > 200)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["title must be at most 200 characters."] });
            }

            var category = body.GetProperty("category").GetString()!;
            var request = GraduateHrData.ServiceRequest(Guid.NewGuid(), category, title, body.GetProperty("description").GetString()!, "Submitted", null);
            _raised.Enqueue((Token(http)!, request));
            Calls.Enqueue($"raise {category} {title}");
            return Results.Json(request, statusCode: 201);
        });

        app.MapPost("/api/housing/service-requests/{id:guid}/survey", (HttpContext http, Guid id, JsonElement body) =>
        {
            var score = body.GetProperty("score").GetInt32();
            Calls.Enqueue($"survey {id} {score} {body.GetProperty("comment")}");
            _done["survey"] = score;
            return Graduate(http) ?? Results.Json(GraduateHrData.GraduateRequests(score)[0]);
        });

        app.MapPost("/api/housing/service-requests/{id:guid}/transitions", (HttpContext http, Guid id, JsonElement body) =>
        {
            Calls.Enqueue($"transition {id} {body.GetProperty("action").GetString()}");
            return Results.Json(GraduateHrData.ServiceRequest(id, "SchoolPlace", "撤回", "撤回", "Withdrawn", null));
        });
    }

    private void MapHr(WebApplication app)
    {
        app.MapGet("/api/employers/{id:guid}/hires", (HttpContext http, Guid id, string? status) =>
            Authorized(http, HrToken) ?? Results.Json(GraduateHrData.Hires(_done.ContainsKey("hire-confirmed")).Where(h => status is null || h.Status == status).Select(h => h.Json)));

        app.MapPost("/api/employers/{id:guid}/hires", (HttpContext http, Guid id, JsonElement body) =>
        {
            if (Authorized(http, HrToken) is { } denied)
            {
                return denied;
            }

            if (!body.TryGetProperty("fullName", out var fullName) || string.IsNullOrWhiteSpace(fullName.GetString()))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["fullName"] = ["fullName is required."] });
            }

            var nationalId = body.GetProperty("nationalId").GetString();
            Calls.Enqueue($"hire {nationalId}");
            return nationalId == ValidNationalId
                ? Results.Json(GraduateHrData.Employment("0197c000-0000-7000-8000-0000000000d8", "0192f000-0000-7000-8000-000000000019", "孙倩", "Confirmed", body.GetProperty("startDate").GetString()!), statusCode: 201)
                : Results.Problem(title: "Not found", detail: "No talent with national ID 3305**********0000 is registered; register them first (POST /api/talents).", statusCode: 404);
        });

        app.MapPost("/api/talents/{id:guid}/employments/{employmentId:guid}/confirm", (HttpContext http, Guid id, Guid employmentId) =>
        {
            Calls.Enqueue($"confirm-hire {employmentId}");
            _done["hire-confirmed"] = 1;
            return Authorized(http, HrToken) ?? Results.Json(GraduateHrData.Hires(true).First(h => h.Id == employmentId.ToString()).Json);
        });

        app.MapPost("/api/talents/{id:guid}/employments/{employmentId:guid}/end", (HttpContext http, Guid id, Guid employmentId, JsonElement body) =>
        {
            var endDate = body.GetProperty("endDate").GetString();
            Calls.Enqueue($"end-hire {employmentId} {endDate}");
            return string.CompareOrdinal(endDate, "2026-03-01") < 0
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["endDate"] = ["endDate must not be before the start date 2026-03-01."] })
                : Authorized(http, HrToken) ?? Results.Json(GraduateHrData.Employment(employmentId.ToString(), id.ToString(), "王晓", "Ended", "2026-03-01"));
        });

        app.MapPost("/api/talents/imports", async (HttpContext http) =>
        {
            if (Authorized(http, HrToken) is { } denied)
            {
                return denied;
            }

            var form = await http.Request.ReadFormAsync();
            var file = form.Files.GetFile("file");
            using var reader = new StreamReader(file!.OpenReadStream());
            var header = await reader.ReadLineAsync() ?? "";
            Calls.Enqueue($"import {file.FileName} {file.ContentType}");
            if (!header.Contains("身份证号", StringComparison.Ordinal))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["columns"] = ["Missing required columns: 身份证号 (nationalId)."] });
            }

            _done["import-polls"] = 0;
            return Results.Json(GraduateHrData.Import("Queued", 0), statusCode: 202);
        });

        app.MapGet("/api/talents/imports/{jobId:guid}", (HttpContext http, Guid jobId) =>
        {
            // The first read finds the job running; the next ones find it done.
            var polls = _done.AddOrUpdate("import-polls", 1, (_, n) => n + 1);
            return Authorized(http, HrToken) ?? Results.Json(polls <= 1 ? GraduateHrData.Import("Running", 40) : GraduateHrData.Import("Completed", 100));
        });

        app.MapGet("/api/eligibility/employer", (HttpContext http) => Authorized(http, HrToken) ?? Results.Json(GraduateHrData.Screening));

        app.MapPost("/api/applications/{id:guid}/employer-confirmation", (HttpContext http, Guid id) =>
        {
            Calls.Enqueue($"employer-confirmation {id}");
            _done["application-confirmed"] = 1;
            return Authorized(http, HrToken) ?? Results.Json(GraduateHrData.HrApplications(true)[0]);
        });
    }

    private IResult HrApplications() => Results.Json(GraduateHrData.HrApplications(_done.ContainsKey("application-confirmed")));

    private IResult ApplyForHire(JsonElement body)
    {
        var talentId = body.GetProperty("talentId").GetString();
        var code = body.GetProperty("policyCode").GetString()!;
        Calls.Enqueue($"hr-apply {talentId} {code}");
        return Results.Json(GraduateHrData.BenefitApplication("0193a000-0000-7000-8000-0000000000c9", talentId!, "张伟", code, 100000m, "EmployerConfirmed"), statusCode: 201);
    }
}
