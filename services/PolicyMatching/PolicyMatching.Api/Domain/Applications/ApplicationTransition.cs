namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>One step of an application's history: who moved it where, when and why.</summary>
public sealed class ApplicationTransition
{
    public ApplicationState? From { get; set; }
    public ApplicationState To { get; set; }
    public string Action { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
}
