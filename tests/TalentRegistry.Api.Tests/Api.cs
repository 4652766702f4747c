using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Arranges data through the API the way users would: employers, talents and hires, each unique per call.</summary>
public static class Api
{
    private static int _codes = Random.Shared.Next(1_000_000);

    public static HttpClient Admin(ServiceFactory<Program> factory) => Client(factory, Roles.Admin);

    /// <summary>A client with a token valid from 2020 to 2100, so hosts with a fixed clock accept it too.</summary>
    public static HttpClient Client(
        ServiceFactory<Program> factory, string role, Guid? talentId = null, Guid? employerId = null, string? street = null, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var claims = new List<Claim>
        {
            new(PortalClaims.Subject, accountId ?? Guid.NewGuid().ToString()),
            new(PortalClaims.Role, role),
        };
        claims.AddRange(talentId is { } t ? [new Claim(PortalClaims.TalentId, t.ToString())] : []);
        claims.AddRange(employerId is { } e ? [new Claim(PortalClaims.EmployerId, e.ToString())] : []);
        claims.AddRange(street is not null ? [new Claim(PortalClaims.Street, street)] : []);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthExtensions.DefaultIssuer,
            Audience = AuthExtensions.DefaultAudience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            NotBefore = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Expires = new DateTime(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            SigningCredentials = new SigningCredentials(TestTokens.SigningKey, SecurityAlgorithms.EcdsaSha256),
        });
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public static string NewCreditCode() =>
        CreditCode.WithCheckCharacter($"91330501MA{Interlocked.Increment(ref _codes) % 10_000_000:0000000}");

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static async Task<(Guid Id, string CreditCode)> EmployerAsync(
        ServiceFactory<Program> factory, string street = "滨湖街道", string chain = "Semiconductors", string type = "Enterprise")
    {
        var code = NewCreditCode();
        var response = await Admin(factory).PostAsJsonAsync("/api/employers", new { name = $"测试企业{code[^6..]}", creditCode = code, street, industryChain = chain, employerType = type });
        response.EnsureSuccessStatusCode();
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), code);
    }

    /// <summary>The full name <see cref="TalentAsync"/> registers people under.</summary>
    public const string TalentName = "测试人才";

    public static async Task<(Guid Id, string NationalId)> TalentAsync(
        ServiceFactory<Program> factory, string degree = "Doctorate", bool hukouHuzhou = false, string tier = "Tier985", Guid? graduateTalentId = null)
    {
        var nationalId = NationalIds.Next(new DateOnly(1990 + Random.Shared.Next(10), 1 + Random.Shared.Next(12), 1 + Random.Shared.Next(28)), Random.Shared.Next(2) == 0);
        var client = graduateTalentId is { } own ? Client(factory, Roles.Graduate, talentId: own) : Admin(factory);
        var response = await client.PostAsJsonAsync("/api/talents", new
        {
            fullName = TalentName,
            nationalId,
            hukouHuzhou,
            education = new[] { new { degreeLevel = degree, fullTime = true, university = "浙江大学", universityTier = tier, major = "材料", graduationDate = "2025-06" } },
        });
        response.EnsureSuccessStatusCode();
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), nationalId);
    }

    /// <summary>HR of the employer confirms a hire of the talent; returns the employment id.</summary>
    public static async Task<Guid> HireAsync(ServiceFactory<Program> factory, Guid employerId, string nationalId, string startDate = "2026-03-01")
    {
        var response = await Client(factory, Roles.EmployerHr, employerId: employerId).PostAsJsonAsync(
            $"/api/employers/{employerId}/hires",
            new { nationalId, fullName = TalentName, startDate, contractEnd = "2029-02-28", position = "工程师", socialInsuranceMonths = 3 });
        response.EnsureSuccessStatusCode();
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    /// <summary>Listens on the host's bus for the first <typeparamref name="T"/> matching <paramref name="match"/>.</summary>
    public static Task<EventProbe<T>> ListenAsync<T>(ServiceFactory<Program> factory, Func<T, bool> match) where T : class
    {
        ArgumentNullException.ThrowIfNull(factory);
        return EventProbe.ListenAsync(factory.Services, match);
    }
}
