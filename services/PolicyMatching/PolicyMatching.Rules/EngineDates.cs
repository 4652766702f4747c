namespace TalentPortal.PolicyMatching.Rules;

/// <summary>
/// The dates the engine works with. An evaluation date (asOf) and a version's effective dates lie within
/// [<see cref="Earliest"/>, <see cref="Latest"/>]; dates in facts and in policy files lie within
/// [<see cref="EarliestFact"/>, <see cref="LatestFact"/>]. Both ranges stay far from <see cref="DateOnly"/>'s ends, so
/// the month and year arithmetic of thresholds, schedules and counterfactuals cannot overflow.
/// </summary>
public static class EngineDates
{
    /// <summary>The earliest evaluation date.</summary>
    public static DateOnly Earliest { get; } = new(1950, 1, 1);

    /// <summary>The latest evaluation date.</summary>
    public static DateOnly Latest { get; } = new(2100, 12, 31);

    /// <summary>The earliest date a fact or a policy file may hold.</summary>
    public static DateOnly EarliestFact { get; } = new(1900, 1, 1);

    /// <summary>The latest date a fact or a policy file may hold (an open-ended contract is <see cref="DateOnly.MaxValue"/>).</summary>
    public static DateOnly LatestFact { get; } = new(2199, 12, 31);

    /// <summary>Whether the engine evaluates on <paramref name="asOf"/>.</summary>
    public static bool Supports(DateOnly asOf) => asOf >= Earliest && asOf <= Latest;

    /// <summary>Whether <paramref name="date"/> may stand in a fact or a policy file.</summary>
    public static bool IsPlausible(DateOnly date) => date >= EarliestFact && date <= LatestFact;

    /// <summary>Refuses an evaluation date outside the supported range.</summary>
    internal static void EnsureSupported(DateOnly asOf)
    {
        if (!Supports(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf, $"The engine evaluates on dates from {Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd}.");
        }
    }
}
