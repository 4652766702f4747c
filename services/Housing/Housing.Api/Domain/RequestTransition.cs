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
