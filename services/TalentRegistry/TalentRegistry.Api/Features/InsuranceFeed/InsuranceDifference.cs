namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

/// <summary>A person whose months on the current employment, as HR declared them, differ from the feed's total.</summary>
public sealed record InsuranceDifference(Guid TalentId, int Declared, int Registry);
