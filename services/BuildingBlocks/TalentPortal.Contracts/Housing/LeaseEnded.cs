namespace TalentPortal.Contracts.Housing;

/// <summary>A tenant moved out: the lease ended on <paramref name="EndDate"/> (the last day of the tenancy) and the unit
/// is free again.</summary>
[EventStream(EventStreams.Leases, nameof(TalentId))]
public sealed record LeaseEnded(
    Guid LeaseId,
    Guid TalentId,
    string PersonKey,
    Guid UnitId,
    DateOnly EndDate,
    string Reason,
    DateTimeOffset EndedAt);
