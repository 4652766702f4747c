namespace TalentPortal.Housing.Domain;

/// <summary>The requester's rating of how the request was handled (1–5).</summary>
public sealed class SatisfactionSurvey
{
    public int Score { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset At { get; init; }
}
