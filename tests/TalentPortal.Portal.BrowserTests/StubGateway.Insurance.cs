using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.Portal.BrowserTests;

/// <summary>talent-registry's import of the social-insurance bureau's file, shaped like InsuranceFeedResponse: each row
/// checked (national ID, credit code, month, paid), a valid row recorded, and the graduate's declared 3 months compared
/// with the months the file records as paid.</summary>
public sealed partial class StubGateway
{
    public const string InsuredTalentId = "0192f000-0000-7000-8000-000000000001";
    public const string StreetOfficialToken = "stub-token-official-street-6b2d";

    private void MapInsurance(WebApplication app) =>
        app.MapPost("/api/insurance-records/imports", async (HttpContext http) =>
        {
            if (Token(http) == StreetOfficialToken)
            {
                return Results.Problem(title: "Forbidden", detail: "Only zone officials and admins act for the whole zone.", statusCode: 403);
            }

            if (Staff(http) is { } denied)
            {
                return denied;
            }

            var form = await http.Request.ReadFormAsync();
            var file = form.Files.GetFile("file");
            using var reader = new StreamReader(file!.OpenReadStream());
            var lines = (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Calls.Enqueue($"insurance {file.FileName} {file.ContentType}");
            if (lines.Length == 0 || lines[0].Split(',') is not ["nationalId", "creditCode", "month", "paid"])
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["columns"] = ["Missing required columns: nationalId, creditCode, month, paid."] });
            }

            var rejected = new List<object>();
            var paidMonths = 0;
            var latest = (string?)null;
            for (var row = 1; row < lines.Length; row++)
            {
                var fields = lines[row].Split(',');
                var reasons = new List<string>();
                if (fields is not [{ Length: 18 }, ..])
                {
                    reasons.Add("nationalId: must be 18 characters.");
                }

                if (fields is not [_, { Length: 18 }, ..])
                {
                    reasons.Add("creditCode: must be 18 characters.");
                }

                if (fields is not [_, _, var month, ..] || !Month().IsMatch(month))
                {
                    reasons.Add("month: must be a month written yyyy-MM (2026-05).");
                }

                if (fields is not [_, _, _, "true" or "false" or "1" or "0" or "是" or "否"])
                {
                    reasons.Add("paid: must be true, false, 1, 0, 是 or 否.");
                }

                if (reasons.Count > 0)
                {
                    rejected.Add(new { row, reasons });
                    continue;
                }

                paidMonths += fields[3] is "true" or "1" or "是" ? 1 : 0;
                latest = latest is null || string.CompareOrdinal(fields[2], latest) > 0 ? fields[2] : latest;
            }

            var rows = lines.Length - 1;
            return Results.Json(new
            {
                rows,
                recorded = rows - rejected.Count,
                updated = 0,
                unchanged = 0,
                rejected = rejected.Count,
                talents = latest is null ? 0 : 1,
                latestMonth = latest,
                rejectedRows = rejected,
                differences = paidMonths == 3 || latest is null ? [] : new[] { new { talentId = InsuredTalentId, declared = 3, registry = paidMonths } },
            });
        });

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex Month();
}
