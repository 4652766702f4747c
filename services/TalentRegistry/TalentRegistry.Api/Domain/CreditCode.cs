namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character
/// alphabet (no I, O, S, V, Z), the last a check character.</summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Normalises (trim, upper case) and validates; <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string? input, out string code, out string? problem)
    {
        code = input?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != 18)
        {
            problem = "must be 18 characters";
            return false;
        }

        if (code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            problem = "may contain only digits and the letters A–Y except I, O, S, V";
            return false;
        }

        if (code[17] != CheckCharacter(code.AsSpan(0, 17)))
        {
            problem = "check character does not match (GB 32100)";
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>Appends the check character to the first 17 characters.</summary>
    public static string WithCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        return first17 + CheckCharacter(first17);
    }

    private static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }
}
