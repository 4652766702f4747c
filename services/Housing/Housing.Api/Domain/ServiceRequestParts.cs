namespace TalentPortal.Housing.Domain;

/// <summary>One status change of a service request: who, when, from what to what, and why.</summary>
public sealed class RequestTransition
{
    public ServiceRequestStatus? From { get; init; }
    public ServiceRequestStatus To { get; init; }
    public string Actor { get; init; } = "";
    public string ActorRole { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string? Comment { get; init; }
}

/// <summary>A document attached by reference (the file itself lives elsewhere).</summary>
public sealed class RequestAttachment
{
    public string FileName { get; init; } = "";
    public long Size { get; init; }
    public string Sha256 { get; init; } = "";
}

/// <summary>The requester's rating of how the request was handled (1–5).</summary>
public sealed class SatisfactionSurvey
{
    public int Score { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset At { get; init; }
}
