using System.Globalization;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.BulkImport;

namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

/// <summary>One valid line of the bureau's file: the person, the employer's credit code, the month (yyyy-MM, or a date
/// cell's year and month, from 1990-01 to the current month) and whether it was paid (true/false, 1/0, 是/否, or a
/// boolean or number cell).</summary>
public sealed record InsuranceRow(int Number, NationalId NationalId, string CreditCode, string Month, bool Paid)
{
    public static readonly DateOnly FirstMonth = new(1990, 1, 1);

    /// <summary>Validates every field of a row; returns null and fills <paramref name="reasons"/> when anything is wrong.</summary>
    public static InsuranceRow? Read(InsuranceColumns columns, FileRow row, DateOnly today, List<string> reasons)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reasons);
        NationalId? nationalId = null;
        if (row.KindOf(columns.NationalId) == CellKind.Number)
        {
            reasons.Add($"nationalId: {FileRow.IdInNumberCell}.");
        }
        else if (!Domain.NationalId.TryParse(row.Field(columns.NationalId), out nationalId, out var idProblem))
        {
            reasons.Add($"nationalId: {idProblem}.");
        }

        if (!Domain.CreditCode.TryParse(row.Field(columns.CreditCode), out var creditCode, out var codeProblem))
        {
            reasons.Add($"creditCode: {codeProblem}.");
        }

        var month = row.KindOf(columns.Month) == CellKind.Date ? row.Field(columns.Month)?[..7] : row.Field(columns.Month);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        if (month is null || month.Length != 7
            || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            reasons.Add("month: must be a month written yyyy-MM (2026-05).");
        }
        else if (first < FirstMonth || first > thisMonth)
        {
            reasons.Add($"month: must lie between 1990-01 and {thisMonth:yyyy-MM}.");
        }

        var paid = ParsePaid(row.Field(columns.Paid));
        if (paid is null)
        {
            reasons.Add("paid: must be true, false, 1, 0, 是 or 否.");
        }

        return reasons.Count > 0 ? null : new InsuranceRow(row.Number, nationalId!, creditCode, month!, paid!.Value);
    }

    private static bool? ParsePaid(string? value) => value?.ToUpperInvariant() switch
    {
        "TRUE" or "1" or "是" => true,
        "FALSE" or "0" or "否" => false,
        _ => null,
    };
}
