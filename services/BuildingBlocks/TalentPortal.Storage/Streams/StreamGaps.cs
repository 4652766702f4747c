namespace TalentPortal.Storage.Streams;

/// <summary>Subjects whose stream has a gap open longer than the alert age, and since when.</summary>
public sealed record StreamGaps(int Subjects, DateTimeOffset? OldestParkedAt);
