using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>talent-registry's evidence documents, shaped like EvidenceResponse: the graduate uploads (multipart
/// <c>fact</c> and <c>file</c>, typed by its first bytes, at most 5 MB), lists and withdraws them; a submitted one is
/// attached to the fact's pending verification.</summary>
public sealed partial class StubGateway
{
    public const long MaxEvidenceBytes = 5L * 1024 * 1024;

    private readonly ConcurrentDictionary<Guid, StubEvidence> _evidence = new();

    private void MapEvidence(WebApplication app)
    {
        app.MapGet("/api/talents/{id:guid}/evidence", (HttpContext http, Guid id) =>
            Graduate(http) ?? Results.Json(_evidence.Values.Where(e => e.TalentId == id).OrderByDescending(e => e.UploadedAt).Select(e => e.Json)));

        app.MapPost("/api/talents/{id:guid}/evidence", async (HttpContext http, Guid id) =>
        {
            if (Graduate(http) is { } denied)
            {
                return denied;
            }

            var form = await http.Request.ReadFormAsync();
            var fact = form["fact"].ToString();
            var file = form.Files.GetFile("file");
            Calls.Enqueue($"evidence {fact} {file?.FileName}");
            if (file is { Length: > MaxEvidenceBytes })
            {
                return Results.Problem(title: "Payload too large", detail: "An evidence document may be at most 5 MB (5242880 bytes).", statusCode: 413);
            }

            using var content = new MemoryStream();
            if (file is not null)
            {
                await file.CopyToAsync(content);
            }

            var type = TypeOf(content.ToArray());
            if (type is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["file"] = [content.Length > 0 ? "The document must be a PDF, JPEG or PNG file (recognised by its content, not its name)." : "A document is required in the multipart field \"file\"."],
                });
            }

            // Uploaded after the canned declarations (2026-12-01), in order.
            var uploadedAt = DateTimeOffset.Parse("2026-12-02T03:00:00+00:00", CultureInfo.InvariantCulture).AddMinutes(_evidence.Count);
            var document = new StubEvidence(Guid.CreateVersion7(), id, fact, file!.FileName, type, content.Length, uploadedAt) { Bytes = content.ToArray() };
            _evidence[document.Id] = document;
            return Results.Json(document.Json, statusCode: 201);
        });

        app.MapGet("/api/evidence/{id:guid}/content", (HttpContext http, Guid id) =>
        {
            if (Staff(http) is { } denied)
            {
                return denied;
            }

            Calls.Enqueue($"download-evidence {id}");
            if (id != Guid.Parse(HukouEvidenceId))
            {
                return Results.Problem(title: "Not found", detail: $"Evidence {id} does not exist.", statusCode: 404);
            }

            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(HukouEvidence, "image/png", $"evidence-{id}.png");
        });

        app.MapDelete("/api/evidence/{id:guid}", (HttpContext http, Guid id) =>
        {
            if (Graduate(http) is { } denied)
            {
                return denied;
            }

            Calls.Enqueue($"withdraw-evidence {id}");
            if (!_evidence.TryGetValue(id, out var document))
            {
                return Results.Problem(title: "Not found", detail: $"Evidence {id} does not exist.", statusCode: 404);
            }

            if (document.State != "Submitted")
            {
                return Results.Problem(
                    title: "Conflict", detail: $"Evidence {id} cannot be withdrawn in state {document.State}.", statusCode: 409, extensions: new Dictionary<string, object?> { ["state"] = document.State });
            }

            document.State = "Withdrawn";
            return Results.Json(document.Json);
        });
    }

    /// <summary>The graduate's submitted documents of a fact, as its pending verification lists them.</summary>
    private StubEvidence[] Attached(Guid talentId, string fact) =>
        [.. _evidence.Values.Where(e => e.TalentId == talentId && e.Fact == fact && e.State == "Submitted").OrderBy(e => e.UploadedAt)];

    private static string? TypeOf(byte[] content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        _ => null,
    };

    private sealed record StubEvidence(Guid Id, Guid TalentId, string Fact, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt)
    {
        public string State { get; set; } = "Submitted";

        public byte[] Bytes { get; init; } = [];

        public object Json => new
        {
            id = Id,
            talentId = TalentId,
            fact = Fact,
            fileName = FileName,
            contentType = ContentType,
            size = Size,
            sha256 = Convert.ToHexStringLower(SHA256.HashData(Bytes)),
            uploadedBy = new { role = "graduate", accountId = (string?)null },
            uploadedAt = UploadedAt,
            state = State,
            usedByVerificationId = (Guid?)null,
            applicationId = (Guid?)null,
            version = State == "Submitted" ? 1 : 2,
        };
    }
}
