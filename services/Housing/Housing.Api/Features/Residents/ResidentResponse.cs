namespace TalentPortal.Housing.Features.Residents;

/// <summary>A talent as housing knows them; <c>street</c> and <c>employerId</c> are those of their current confirmed
/// employment, when housing has heard of one.</summary>
public sealed record ResidentResponse(
    Guid TalentId, string DisplayName, string? HighestDegree, string? TalentTier, DateTimeOffset KnownSince, long Version, string? Street, Guid? EmployerId);
