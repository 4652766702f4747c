namespace TalentPortal.Testing;

/// <summary>Valid GB 11643 identity numbers for tests, unique per call.</summary>
public static class NationalIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static int _sequence = Random.Shared.Next(0, 500);

    public static string Next(DateOnly? birthDate = null, bool male = true)
    {
        var birth = birthDate ?? new DateOnly(1996, 5, 20);
        var serial = Interlocked.Increment(ref _sequence) % 500 * 2 + (male ? 1 : 0);
        var region = 330500 + Random.Shared.Next(0, 99);
        var first17 = $"{region}{birth:yyyyMMdd}{serial:000}";
        var sum = first17.Select((c, i) => (c - '0') * Weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
