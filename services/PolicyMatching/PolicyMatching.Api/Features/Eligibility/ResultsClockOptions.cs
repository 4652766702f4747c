namespace TalentPortal.PolicyMatching.Features.Eligibility;

/// <summary>Settings of <see cref="ResultsClock"/> (configuration section "ResultsClock").</summary>
public sealed class ResultsClockOptions
{
    /// <summary>How often a replica checks whether a new Huzhou day has begun (and renews its lease).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Talents re-screened per read.</summary>
    public int PageSize { get; set; } = 500;
}
