using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>Stands in for the gateway: canned responses shaped like docs/api/policy-matching.md, and a record of
/// what the portal sent.</summary>
public sealed partial class StubGateway : IAsyncDisposable
{
    public const string GraduateToken = "stub-token-graduate-7f3a";
    public const string OfficialToken = "stub-token-official-91bc";

    private readonly WebApplication _app;

    private StubGateway(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = default!;

    public ConcurrentQueue<string> Calls { get; } = new();

    public static async Task<StubGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var stub = new StubGateway(app);
        stub.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        stub.Address = new Uri(address + "/");
        return stub;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapPost("/api/auth/login", (JsonElement body) =>
        {
            var username = body.GetProperty("username").GetString();
            var password = body.GetProperty("password").GetString();
            return (username, password) switch
            {
                ("grad.demo", "Demo#2026grad") => Results.Json(SignIn(GraduateToken, "graduate", "李明（毕业生）")),
                ("official.zone", "Demo#2026zone") => Results.Json(SignIn(OfficialToken, "official", "陈静（新区人才办）")),
                ("official.street", "Demo#2026street") => Results.Json(SignIn(StreetOfficialToken, "official", "周宁（仁皇山街道）", "仁皇山街道")),
                ("admin", "Demo#2026admin") => Results.Json(SignIn(AdminToken, "admin", "系统管理员")),
                ("grad.offer", "Demo#2026grad") => Results.Json(SignIn(OfferToken, "graduate", "王磊（毕业生）")),
                ("grad.new", "Demo#2026grad") => Results.Json(SignIn(NewGraduateToken, "graduate", "赵磊（毕业生）")),
                ("grad.claim", "Demo#2026grad") => Results.Json(SignIn(ClaimantToken, "graduate", "孙悦（毕业生）")),
                ("hr.weilan", "Demo#2026hr") => Results.Json(SignIn(HrToken, "employer-hr", "王芳（卫蓝新能源人事）")),
                _ when username!.Length > 64 => Results.ValidationProblem(new Dictionary<string, string[]> { ["username"] = ["username must be at most 64 characters."] }),
                _ => Results.Problem(title: "Sign-in failed", detail: "The username or password is wrong.", statusCode: 401),
            };
        });

        app.MapGet("/api/policies", () => Results.Text(CannedJson.Catalogue, "application/json"));

        app.MapGet("/api/eligibility/me", (HttpContext http) =>
            Graduate(http) ?? (Token(http) == NewGraduateToken && !_done.ContainsKey("registered")
                ? Results.Problem(title: "Not found", detail: "policy-matching has no facts for this talent yet.", statusCode: 404)
                : Results.Text(CannedJson.Eligibility, "application/json")));

        app.MapPost("/api/applications", (HttpContext http, JsonElement body) =>
        {
            if (IsHr(http))
            {
                return ApplyForHire(body);
            }

            Calls.Enqueue($"apply {body.GetProperty("policyCode").GetString()}");
            return Authorized(http, GraduateToken) ?? Results.Text(CannedJson.SubmittedApplication, "application/json", statusCode: 201);
        });

        app.MapGet("/api/applications", (HttpContext http, string? state) =>
            IsHr(http) ? HrApplications()
            : state == "PublicNotice" ? Staff(http) ?? Results.Text(CannedJson.InNotice(), "application/json")
            : state == "Submitted" ? Staff(http) ?? Results.Text(CannedJson.ReviewQueue, "application/json")
            : state == "EmployerConfirmed"
                ? Staff(http) ?? Results.Text(CannedJson.ReviewQueue, "application/json")
                : Graduate(http) ?? Results.Text(CannedJson.MyApplications, "application/json"));

        app.MapPost("/api/applications/{id:guid}/{decision}", (HttpContext http, Guid id, string decision, JsonElement body) =>
        {
            if (Authorized(http, OfficialToken) is { } denied)
            {
                return denied;
            }

            var reason = body.TryGetProperty("reason", out var r) ? r.GetString() : null;
            Calls.Enqueue($"{decision} {id} {reason}");
            if (decision != "public-notice" && string.IsNullOrWhiteSpace(reason))
            {
                return Results.Problem(title: "Reason required", detail: "Give a reason for this decision.", statusCode: 400);
            }

            if (reason?.Length > 500)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["reason"] = ["reason must be at most 500 characters."] });
            }

            var state = decision switch { "return" => "Returned", "reject" => "Rejected", _ => "PublicNotice" };
            return Results.Text(CannedJson.Decided(id, state), "application/json");
        });

        MapOfficials(app);
        MapVerifications(app);
        MapEvidence(app);
        MapInsurance(app);
        MapGraduateAndHr(app);
    }

    private static IResult? Authorized(HttpContext http, string token) =>
        http.Request.Headers.Authorization == $"Bearer {token}" ? null : Results.Problem(title: "Unauthorized", statusCode: 401);

    private static object SignIn(string token, string role, string displayName, string? street = null) => new
    {
        accessToken = token,
        tokenType = "Bearer",
        expiresAt = DateTimeOffset.UtcNow.AddMinutes(15),
        role,
        displayName,
        talentId = role == "graduate" ? "0192f000-0000-7000-8000-000000000001" : null,
        employerId = role == "employer-hr" ? "0192f000-0000-7000-8000-0000000000e1" : null,
        street,
    };
}
