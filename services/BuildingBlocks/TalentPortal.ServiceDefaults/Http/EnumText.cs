namespace TalentPortal.ServiceDefaults.Http;

/// <summary>The one way text becomes an enum anywhere input arrives (JSON, query strings, CSV and Excel rows, YAML):
/// only a defined member's name, case-insensitive. Numeric forms ("2", "-1", "0x1") and combinations ("A, B") are
/// refused, because <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> accepts any integer and would store a
/// value outside the enum's definition.</summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || !IsName(text))
        {
            return false;
        }

        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                result = Enum.Parse<TEnum>(name);
                return true;
            }
        }

        return false;
    }

    /// <summary>The member named by <paramref name="value"/>, or null when it names none.</summary>
    public static TEnum? ParseOrNull<TEnum>(string? value) where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var parsed) ? parsed : null;

    /// <summary>"A, B or C": the accepted names, for error messages.</summary>
    public static string Names<TEnum>() where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>();
        return names.Length == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    /// <summary>True when <paramref name="value"/> is a member the enum defines (guards values read back from storage).</summary>
    public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => Enum.IsDefined(value);

    private static bool IsName(string text) => char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
