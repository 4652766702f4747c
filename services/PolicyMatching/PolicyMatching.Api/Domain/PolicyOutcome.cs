namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One policy's current result for a talent, with the fact keys it relies on that are pending verification.</summary>
public sealed record PolicyOutcome(string PolicyCode, string Outcome, decimal? Amount)
{
    public IReadOnlyList<string> PendingVerification { get; init; } = [];
}
