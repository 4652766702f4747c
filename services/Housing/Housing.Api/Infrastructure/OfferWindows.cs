namespace TalentPortal.Housing.Infrastructure;

/// <summary>Configuration section "Housing:Offers".</summary>
public sealed class OfferWindows
{
    /// <summary>The least time, in days, a talent is given to answer: a lapse costs a band, so a deadline moments away
    /// would demote them without a real chance to answer.</summary>
    public int MinimumResponseDays { get; set; } = 3;

    /// <summary>The most time, in days, an answer may be awaited (the unit is held meanwhile).</summary>
    public int MaximumResponseDays { get; set; } = 30;

    /// <summary>How far ahead, in days, a lease may be offered to start.</summary>
    public int MaximumStartDays { get; set; } = 365;
}
