using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Features.BulkImport;

namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

/// <summary>Where the bureau's file holds each value: the header <c>nationalId,creditCode,month,paid</c> (or its Chinese
/// names), in any order, in a CSV or a worksheet alike; a file without one of them is a 400 naming <c>columns</c>.</summary>
public sealed record InsuranceColumns(int NationalId, int CreditCode, int Month, int Paid)
{
    private static readonly (string Canonical, string[] Names)[] Headers =
    [
        ("nationalId", ["nationalId", "身份证号", "身份证号码"]),
        ("creditCode", ["creditCode", "统一社会信用代码", "单位统一社会信用代码"]),
        ("month", ["month", "缴费月份", "月份"]),
        ("paid", ["paid", "是否缴费", "已缴费"]),
    ];

    public static InsuranceColumns Of(string[] header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Length == 0 || header.All(string.IsNullOrWhiteSpace))
        {
            throw ImportUpload.Invalid("The file is empty; the first row must be the header nationalId,creditCode,month,paid.");
        }

        var found = Headers.Select(h => Array.FindIndex(header, c => h.Names.Contains(c.Trim().TrimStart('\uFEFF'), StringComparer.OrdinalIgnoreCase))).ToArray();
        var missing = Headers.Where((_, i) => found[i] < 0).Select(h => h.Canonical).ToList();
        return missing.Count > 0
            ? throw new InvalidFieldException("columns", $"Missing required columns: {string.Join(", ", missing)}.")
            : new InsuranceColumns(found[0], found[1], found[2], found[3]);
    }
}
