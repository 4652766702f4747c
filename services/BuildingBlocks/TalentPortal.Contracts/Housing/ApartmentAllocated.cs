namespace TalentPortal.Contracts.Housing;

/// <summary>A talent accepted an offer: the unit is theirs (a lease starts with it).</summary>
[EventStream(EventStreams.Allocations, nameof(TalentId))]
public sealed record ApartmentAllocated(
    Guid OfferId,
    Guid ApplicationId,
    Guid TalentId,
    string PersonKey,
    Guid UnitId,
    Guid ProjectId,
    string ProjectName,
    string UnitNumber,
    Guid LeaseId,
    DateTimeOffset AllocatedAt);
