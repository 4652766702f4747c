namespace TalentPortal.Storage.Streams;

/// <summary>Ordering settings (configuration section "Streams").</summary>
public sealed class StreamOptions
{
    /// <summary>A parked event whose gap is still open after this long is reported (readiness, operations page).</summary>
    public TimeSpan GapAlertAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the background pass applies parked events whose gap filled and checks for old gaps.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);
}
