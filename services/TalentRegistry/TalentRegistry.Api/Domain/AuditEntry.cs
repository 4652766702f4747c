using TalentPortal.Storage;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A read of full personal data or a decision, kept for inspection; <see cref="Detail"/> says what was decided
/// and why (the reason, evidence or decision reference given).</summary>
public sealed class AuditEntry : IAggregate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public string Action { get; set; } = "";
    public Guid SubjectId { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Detail { get; set; }
}
