using System.Globalization;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Checks on text that people will read: names, titles, reasons.</summary>
public static class Text
{
    /// <summary>True when <paramref name="value"/> holds a control character (tabs and line breaks are allowed only
    /// in <paramref name="multiline"/> text) or a bidirectional formatting character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which
    /// can disguise what a name says.</summary>
    public static bool HasHiddenCharacters(string value, bool multiline = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if ((char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
                || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C'
                || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && c is not '\u200D'))
            {
                return true;
            }
        }

        return false;
    }
}
