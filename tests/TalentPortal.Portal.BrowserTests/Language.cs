namespace TalentPortal.Portal.BrowserTests;

/// <summary>The language a page is read in: the portal's culture (its html lang) and the locale of the browser a person
/// reading that language would have (Accept-Language, navigator.language).</summary>
public sealed record Language(string Code, string Locale)
{
    public static readonly Language Chinese = new("zh-CN", "zh-CN");
    public static readonly Language English = new("en", "en-US");

    public bool IsChinese => Code == Chinese.Code;

    public override string ToString() => Code;
}
