namespace TalentPortal.Contracts.Housing;

/// <summary>A talent-apartment lease started: the talent lives in a talent apartment from <paramref name="StartDate"/>
/// to at most <paramref name="EndDate"/> (policy-matching excludes the rental subsidy meanwhile).
/// <paramref name="MonthlyRent"/> is the undiscounted rent in yuan.</summary>
[EventStream(EventStreams.Leases, nameof(TalentId))]
public sealed record LeaseStarted(
    Guid LeaseId,
    Guid TalentId,
    string PersonKey,
    Guid UnitId,
    Guid ProjectId,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal MonthlyRent,
    DateTimeOffset StartedAt);
