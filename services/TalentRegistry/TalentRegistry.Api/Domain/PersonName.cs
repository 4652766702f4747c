namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A person's name as written on their ID card: compared ignoring case and runs of white space, so
/// "Chen  Yi" and "chen yi" are the same person, "陈一" and "陈二" are not.</summary>
public static class PersonName
{
    public static bool Matches(string registered, string? given)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return given is not null && string.Equals(Normalize(registered), Normalize(given), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"张**": the first character only, for lists that show people to officials who have not opened them.</summary>
    public static string Mask(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        return trimmed.Length <= 1 ? "*" : $"{trimmed[0]}{new string('*', trimmed.Length - 1)}";
    }

    private static string Normalize(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
