namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record DiffEntry(Guid TalentId, string DisplayName, string Before, string After, decimal? AmountBefore, decimal? AmountAfter);
