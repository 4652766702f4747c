using System.Globalization;
using System.Text;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>The names of an evidence document: the name it is stored and downloaded under is made here from its id and
/// detected type (never from what was sent); the name it was uploaded under is kept for display only, without any path,
/// control or formatting (bidirectional, zero-width) characters and at most <see cref="MaxDisplayName"/> characters.</summary>
public static class EvidenceNames
{
    public const int MaxDisplayName = 120;

    public static string Stored(Guid id, EvidenceType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return $"evidence-{id:N}.{type.Extension}";
    }

    /// <summary>The uploaded name as shown to people, or the stored name when nothing readable is left.</summary>
    public static string Display(string? uploaded, string stored)
    {
        var name = uploaded ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(Math.Min(name.Length, MaxDisplayName));
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            if (kept.Length + rune.Utf16SequenceLength > MaxDisplayName)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        var display = kept.ToString().Trim().Trim('.').Trim();
        return display.Length == 0 ? stored : display;
    }
}
