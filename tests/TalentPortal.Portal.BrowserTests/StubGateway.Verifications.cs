using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>talent-registry's verification queue and identity claims, shaped like VerificationResponse and the
/// claim responses.</summary>
public sealed partial class StubGateway
{
    public const string ClaimantToken = "stub-token-graduate-claim-3c9e";
    public const string VerificationId = "0197d000-0000-7000-8000-0000000000f1";
    public const string ClaimId = "0197d000-0000-7000-8000-0000000000f2";
    public const string HukouVerificationId = "0197d000-0000-7000-8000-0000000000f3";
    public const string HukouEvidenceId = "0197d000-0000-7000-8000-0000000000f4";
    public const string SecondDegreeVerificationId = "0197d000-0000-7000-8000-0000000000f5";

    /// <summary>The bytes of the document attached to the hukou verification: a 1×1 PNG.</summary>
    public static readonly byte[] HukouEvidence = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static readonly object Claim = new
    {
        id = ClaimId,
        kind = "Conflict",
        state = "Pending",
        claimedAt = "2026-12-01T02:00:00+00:00",
        decidedAt = (string?)null,
        reason = (string?)null,
        linkedTalentId = (string?)null,
        version = 1,
    };

    private void MapVerifications(WebApplication app)
    {
        // A decided verification leaves the queue (each test decides its own).
        app.MapGet("/api/verifications", (HttpContext http, string? state) => Staff(http) ?? Results.Json(new object[]
        {
            new
            {
                id = VerificationId, talentId = "0192f000-0000-7000-8000-000000000009", talentName = "张*", nationalId = "3305**********1234", fact = "education",
                declaredValue = new[] { new { degreeLevel = "Doctorate", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "化学", graduationDate = "2025-06-30" } },
                verifiedValue = new[] { new { degreeLevel = "Master", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "化学", graduationDate = "2022-06-30" } },
                state = "Pending", declaredAt = "2026-12-01T03:00:00+00:00", decidedBy = (string?)null, decidedAt = (string?)null, reason = (string?)null, version = 1,
                evidenceIds = Array.Empty<Guid>(), evidence = Array.Empty<object>(),
            },
            new
            {
                id = HukouVerificationId, talentId = "0192f000-0000-7000-8000-00000000000b", talentName = "王*", nationalId = "3305**********5678", fact = "hukouHuzhou",
                declaredValue = (object)true, verifiedValue = (object?)null,
                state = "Pending", declaredAt = "2026-12-01T04:00:00+00:00", decidedBy = (string?)null, decidedAt = (string?)null, reason = (string?)null, version = 2,
                evidenceIds = new[] { HukouEvidenceId },
                evidence = new object[] { new { id = HukouEvidenceId, fileName = "户口簿首页.png", contentType = "image/png", size = HukouEvidence.Length } },
            },
            new
            {
                id = SecondDegreeVerificationId, talentId = "0192f000-0000-7000-8000-00000000000c", talentName = "陈*", nationalId = "3305**********4321", fact = "education",
                declaredValue = new[] { new { degreeLevel = "Master", fullTime = true, university = "南京大学", universityTier = "Tier985", major = "物理", graduationDate = "2024-06-30" } },
                verifiedValue = (object?)null,
                state = "Pending", declaredAt = "2026-12-01T05:00:00+00:00", decidedBy = (string?)null, decidedAt = (string?)null, reason = (string?)null, version = 1,
                evidenceIds = Array.Empty<Guid>(), evidence = Array.Empty<object>(),
            },
        }.Where(v => !_done.ContainsKey($"verified-{v.GetType().GetProperty("id")!.GetValue(v)}"))));

        app.MapPost("/api/verifications/{id:guid}/decision", (HttpContext http, Guid id, JsonElement body) =>
        {
            var approved = body.GetProperty("approved").GetBoolean();
            var reason = body.TryGetProperty("reason", out var r) ? r.GetString() : null;
            Calls.Enqueue($"verify {id} {approved} {reason}");
            if (body.TryGetProperty("verificationCode", out var code))
            {
                Calls.Enqueue($"verify-reference {id} {code.GetString()} {body.GetProperty("reportDate").GetString()}");
            }

            _done[$"verified-{id}"] = 1;
            return Staff(http) ?? Results.Json(new
            {
                id,
                talentId = "0192f000-0000-7000-8000-000000000009",
                talentName = "张*",
                nationalId = "3305**********1234",
                fact = "education",
                declaredValue = Array.Empty<object>(),
                verifiedValue = (object?)null,
                state = approved ? "Approved" : "Rejected",
                declaredAt = "2026-12-01T03:00:00+00:00",
                decidedBy = "official.zone",
                decidedAt = "2026-12-02T03:00:00+00:00",
                reason,
                version = 2,
            });
        });

        app.MapPost("/api/talents/{id:guid}/classification-requests", (HttpContext http, Guid id, JsonElement body) =>
        {
            Calls.Enqueue($"classification {body.GetProperty("fact").GetString()} {body.GetProperty("value").GetString()}");
            return Graduate(http) ?? Results.Json(
                new
                {
                    id = "0197d000-0000-7000-8000-0000000000f6",
                    talentId = id,
                    talentName = "李*",
                    nationalId = "3305**********0011",
                    fact = body.GetProperty("fact").GetString(),
                    declaredValue = body.GetProperty("value").GetString(),
                    verifiedValue = (object?)null,
                    state = "Pending",
                    declaredAt = "2026-12-02T03:00:00+00:00",
                    decidedBy = (string?)null,
                    decidedAt = (string?)null,
                    reason = (string?)null,
                    version = 1,
                    evidenceIds = Array.Empty<Guid>(),
                    evidence = Array.Empty<object>(),
                },
                statusCode: 201);
        });

        app.MapGet("/api/applications/{id:guid}/receipt", (HttpContext http, Guid id) =>
            Token(http) is null ? Results.Unauthorized()
            : id == Guid.Parse(CannedJson.ApprovedApplicationId) ? Results.Text(CannedJson.Receipt, "application/json")
            : Results.Problem(title: "Not found", detail: $"Application {id} has no decision receipt.", statusCode: 404));

        app.MapPost("/api/applications/{id:guid}/receipt/verify", (HttpContext http, Guid id) =>
        {
            Calls.Enqueue($"verify-receipt {id}");
            return Staff(http) ?? Results.Json(new
            {
                applicationId = id,
                reproduced = true,
                outcome = "Eligible",
                amount = 100000.00m,
                differences = Array.Empty<object>(),
                policyTextMatches = true,
                engineVersion = "3",
                recordedEngineVersion = "3",
            });
        });

        app.MapGet("/api/identity-claims", (HttpContext http, string? state) => Staff(http) ?? Results.Json(_done.ContainsKey("claim-decided") ? [] : new[]
        {
            new
            {
                id = ClaimId, kind = "Conflict", state = "Pending", nationalId = "3305**********1239", claimantName = "孙悦", existingTalentId = "0192f000-0000-7000-8000-00000000000a",
                existingName = "孙月", claimedAt = "2026-12-01T02:00:00+00:00", decidedBy = (string?)null, decidedAt = (string?)null, reason = (string?)null,
                linkedTalentId = (string?)null, version = 1,
            },
        }));

        app.MapPost("/api/identity-claims/{id:guid}/decision", (HttpContext http, Guid id, JsonElement body) =>
        {
            var approved = body.GetProperty("approved").GetBoolean();
            Calls.Enqueue($"decide-claim {id} {approved} {body.GetProperty("reason").GetString()}");
            _done["claim-decided"] = 1;
            return Staff(http) ?? Results.Json(new
            {
                id,
                kind = "Conflict",
                state = approved ? "Approved" : "Rejected",
                nationalId = "3305**********1239",
                claimantName = "孙悦",
                existingTalentId = "0192f000-0000-7000-8000-00000000000a",
                existingName = "孙月",
                claimedAt = "2026-12-01T02:00:00+00:00",
                decidedBy = "official.zone",
                decidedAt = "2026-12-02T02:00:00+00:00",
                reason = body.GetProperty("reason").GetString(),
                linkedTalentId = (string?)null,
                version = 2,
            });
        });

        app.MapGet("/api/identity-claims/mine", (HttpContext http) =>
            Graduate(http) ?? Results.Json(Token(http) == ClaimantToken && _done.ContainsKey("claimed") ? new[] { Claim } : []));

        app.MapGet("/api/talents/{id:guid}/verifications", (HttpContext http, Guid id) =>
        {
            var attached = Attached(id, "ownsHomeLocally");
            return Graduate(http) ?? Results.Json(new[]
            {
                new
                {
                    id = VerificationId, talentId = id, talentName = "李*", nationalId = "3305**********1239", fact = "ownsHomeLocally", declaredValue = false,
                    verifiedValue = (object?)null, state = "Pending", declaredAt = "2026-12-01T03:00:00+00:00", decidedBy = (string?)null, decidedAt = (string?)null,
                    reason = (string?)null, version = 1, evidenceIds = attached.Select(e => e.Id),
                    evidence = attached.Select(e => new { id = e.Id, fileName = e.FileName, contentType = e.ContentType, size = e.Size }),
                },
            });
        });
    }
}
