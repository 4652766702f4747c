namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>How many objections one account may lodge within a window (<c>Objections:PerAccount</c>, default 5;
/// <c>Objections:Window</c>, default one day). Beyond it the answer is 429 with Retry-After.</summary>
public sealed class ObjectionLimits
{
    public const string Section = "Objections";

    public int PerAccount { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromDays(1);
}
