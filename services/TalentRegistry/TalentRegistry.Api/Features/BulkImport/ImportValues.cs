using System.Globalization;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Reads the values people type into spreadsheets: Chinese or English degree and tier names, 是/否, and
/// dates with '-', '/' or '.' separators. A month-only graduation date means the month's last day.</summary>
public static class ImportValues
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy-M", "yyyy/MM", "yyyy/M", "yyyy.MM", "yyyy.M", "yyyyMM", "yyyy年M月"];

    public static DegreeLevel? Degree(string? value) => value?.Trim() switch
    {
        "博士" or "博士研究生" => DegreeLevel.Doctorate,
        "硕士" or "硕士研究生" => DegreeLevel.Master,
        "本科" or "学士" => DegreeLevel.Bachelor,
        "大专" or "专科" => DegreeLevel.Associate,
        var v => EnumText.ParseOrNull<DegreeLevel>(v),
    };

    public static UniversityTier? Tier(string? value) => value?.Trim() switch
    {
        "985" or "985工程" => UniversityTier.Tier985,
        "211" or "211工程" => UniversityTier.Tier211,
        "双一流" => UniversityTier.DoubleFirstClass,
        "海外" or "海外QS前200" or "QS前200" => UniversityTier.OverseasQsTop200,
        "其他" or "普通" => UniversityTier.Other,
        var v => EnumText.ParseOrNull<UniversityTier>(v),
    };

    public static bool? YesNo(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "是" or "Y" or "YES" or "TRUE" or "1" => true,
        "否" or "N" or "NO" or "FALSE" or "0" => false,
        _ => null,
    };

    public static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>A day, or a month meaning its last day.</summary>
    public static DateOnly? DayOrMonthEnd(string? value)
    {
        if (Day(value) is { } day)
        {
            return day;
        }

        return DateOnly.TryParseExact(value?.Trim(), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month))
            : null;
    }
}
