using System.Globalization;
using TalentPortal.Portal.Api;

namespace TalentPortal.Portal.Localization;

/// <summary>Money, dates and bilingual API texts in the request's culture.</summary>
public static class Display
{
    public static string Text(LocalizedText? text) => text is null ? "" : PortalCulture.IsChinese ? text.Zh : text.En;

    public static string PolicyName(IReadOnlyDictionary<string, LocalizedText> names, string code) =>
        names.TryGetValue(code, out var name) ? Text(name) : code;

    /// <summary>An engine's explanation with the policy codes it quotes (does not include TALENT_APARTMENT) replaced by
    /// the policies' names: people read names, never codes.</summary>
    public static string WithPolicyNames(LocalizedText? text, IReadOnlyDictionary<string, LocalizedText> names)
    {
        var shown = Text(text);
        foreach (var (code, name) in names)
        {
            shown = shown.Replace(code, Text(name), StringComparison.Ordinal);
        }

        return shown;
    }

    /// <summary>Yuan with two decimals and the ¥ sign in every culture (English would otherwise show $).</summary>
    public static string Money(decimal amount)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "¥";
        return amount.ToString("C2", format);
    }

    public static string Date(DateOnly date) =>
        date.ToString(PortalCulture.IsChinese ? "yyyy年M月d日" : "d MMM yyyy", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(8)).ToString(PortalCulture.IsChinese ? "yyyy年M月d日 HH:mm" : "d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    /// <summary>A file's size as people read it: 820 B, 36 KB, 1.2 MB.</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.CurrentCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.CurrentCulture, $"{Math.Ceiling(bytes / 1024.0):0} KB"),
        _ => string.Create(CultureInfo.CurrentCulture, $"{bytes / 1024.0 / 1024:0.#} MB"),
    };
}
