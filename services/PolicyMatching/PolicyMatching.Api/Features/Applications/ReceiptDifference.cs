namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Where a re-run differs from the receipt: the field (<c>outcome</c>, <c>amount</c>, <c>policyVersionId</c>,
/// <c>policyText</c>, <c>trace[criterion].verdict</c>…), what was recorded and what the re-run gives.</summary>
public sealed record ReceiptDifference(string Field, string? Recorded, string? Now);
