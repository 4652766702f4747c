using System.Globalization;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A person's social insurance as the bureau's feed shows it, as of its latest month: months paid in all,
/// continuous months paid up to that month, and months paid within the last twelve (that month included); a month paid
/// at any employer counts once. Beside it the months HR declared on the current employment when the feed last came.</summary>
public sealed class InsuranceSummary
{
    public const string MonthFormat = "yyyy-MM";

    public int Months { get; set; }
    public int ContinuousMonths { get; set; }
    public int MonthsLast12 { get; set; }
    public string AsOfMonth { get; set; } = "";
    public int? DeclaredMonths { get; set; }
    public FactProvenance Provenance { get; set; } = new();

    public bool Differs => DeclaredMonths is { } declared && declared != Months;

    /// <summary>Summarises <paramref name="records"/> (all of one person's) as of <paramref name="asOfMonth"/>, or their
    /// latest month when that is later.</summary>
    public static InsuranceSummary Of(IEnumerable<InsuranceRecord> records, string asOfMonth, int? declaredMonths, FactProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToList();
        var latest = all.Select(r => r.Month).Append(asOfMonth).Max(StringComparer.Ordinal)!;
        var paid = all.Where(r => r.Paid).Select(r => Parse(r.Month)).ToHashSet();
        var asOf = Parse(latest);
        var continuous = 0;
        while (paid.Contains(asOf.AddMonths(-continuous)))
        {
            continuous++;
        }

        return new InsuranceSummary
        {
            Months = paid.Count,
            ContinuousMonths = continuous,
            MonthsLast12 = paid.Count(m => m > asOf.AddMonths(-12) && m <= asOf),
            AsOfMonth = latest,
            DeclaredMonths = declaredMonths,
            Provenance = provenance,
        };
    }

    public static DateOnly Parse(string month) =>
        DateOnly.ParseExact(month + "-01", MonthFormat + "-dd", CultureInfo.InvariantCulture);
}
