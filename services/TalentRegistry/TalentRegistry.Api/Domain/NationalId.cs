using System.Globalization;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A resident identity number (身份证号, GB 11643-1999): 18 characters, the last a check character;
/// birth date and sex are derived from it.</summary>
public sealed record NationalId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private NationalId(string value, DateOnly birthDate, Sex sex)
    {
        Value = value;
        BirthDate = birthDate;
        Sex = sex;
    }

    public string Value { get; }
    public DateOnly BirthDate { get; }
    public Sex Sex { get; }

    /// <summary>"**************1234": the last four characters only.</summary>
    public string Masked => Mask(Value);

    /// <summary>Stars for all but the last four characters (all stars when there are four or fewer); also masks phones,
    /// and re-masks a stored masked form that kept more.</summary>
    public static string Mask(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length <= 4 ? new string('*', value.Length) : $"{new string('*', value.Length - 4)}{value[^4..]}";
    }

    /// <summary>Parses and validates; <paramref name="problem"/> says what is wrong when it returns false.</summary>
    public static bool TryParse(string? input, out NationalId? id, out string? problem)
    {
        id = null;
        var value = input?.Trim().ToUpperInvariant() ?? "";
        if (value.Length != 18)
        {
            problem = "must be 18 characters";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                problem = "the first 17 characters must be digits";
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        if (value[17] != CheckCharacters[sum % 11])
        {
            problem = "check character does not match (GB 11643)";
            return false;
        }

        if (!DateOnly.TryParseExact(value[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth.Year < 1900)
        {
            problem = "contains no valid birth date";
            return false;
        }

        problem = null;
        id = new NationalId(value, birth, (value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female);
        return true;
    }

    /// <summary>Appends the check character to 17 digits (used by the demo data generator).</summary>
    public static string WithCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return first17 + CheckCharacters[sum % 11];
    }
}
