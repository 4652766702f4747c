using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>An objection lodged during an application's public notice (公示), kept apart from the application. Who
/// lodged it is kept for officials and never shown to the applicant or their employer. While open, its
/// <see cref="OpenKey"/> lets an account hold one open objection per application.</summary>
public sealed class Objection : IAggregate
{
    private Objection()
    {
    }

    public Guid Id { get; private set; }
    public long Version { get; set; }
    public Guid ApplicationId { get; private set; }
    public string Text { get; private set; } = "";
    public string LodgedBy { get; private set; } = "";
    public DateTimeOffset LodgedAt { get; private set; }
    public ObjectionState State { get; private set; }
    public string? Resolution { get; private set; }
    public string? ResolvedBy { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>Unique while open (<see cref="OpenKeyOf"/>); unique to this objection once resolved.</summary>
    public string OpenKey { get; private set; } = "";

    public static string OpenKeyOf(Guid applicationId, string accountId) => $"{applicationId:N}|{accountId}";

    internal static Objection Lodge(Guid applicationId, string lodgedBy, string text, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ApplicationId = applicationId,
        Text = text,
        LodgedBy = lodgedBy,
        LodgedAt = now,
        State = ObjectionState.Open,
        OpenKey = OpenKeyOf(applicationId, lodgedBy),
    };

    internal void Resolve(bool upheld, string resolution, string by, DateTimeOffset now)
    {
        State = upheld ? ObjectionState.Upheld : ObjectionState.Dismissed;
        Resolution = resolution;
        ResolvedBy = by;
        ResolvedAt = now;
        OpenKey = $"closed:{Id:N}";
    }
}
