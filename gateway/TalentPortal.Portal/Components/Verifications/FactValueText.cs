using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using TalentPortal.Portal.Localization;

namespace TalentPortal.Portal.Components.Verifications;

/// <summary>A declared or verified fact value as a person reads it: 是/否 for yes-no facts, each degree as
/// "硕士 · 浙江大学 · 2025年6月30日" for education.</summary>
public static class FactValueText
{
    public static string Of(IStringLocalizer text, string fact, JsonElement? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (value is not { } element || element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return text["NotStated"];
        }

        return element.ValueKind switch
        {
            JsonValueKind.True => text["Yes"],
            JsonValueKind.False => text["No"],
            JsonValueKind.Array when fact == "education" => string.Join(text["ListSeparator"], element.EnumerateArray().Select(e => Degree(text, e))),
            JsonValueKind.String when fact is "talentTier" or "startupGrade" => text["TierLetter", element.GetString() ?? ""],
            JsonValueKind.String => element.GetString() ?? "",
            _ => element.GetRawText(),
        };
    }

    private static string Degree(IStringLocalizer text, JsonElement degree)
    {
        var parts = new List<string>();
        if (degree.TryGetProperty("degreeLevel", out var level) && level.ValueKind == JsonValueKind.String)
        {
            parts.Add(text[$"Degree_{level.GetString()}"]);
        }

        if (degree.TryGetProperty("university", out var university) && university.ValueKind == JsonValueKind.String)
        {
            parts.Add(university.GetString()!);
        }

        if (degree.TryGetProperty("graduationDate", out var date) && DateOnly.TryParse(date.GetString(), CultureInfo.InvariantCulture, out var graduated))
        {
            parts.Add(Display.Date(graduated));
        }

        return string.Join(" · ", parts);
    }
}
