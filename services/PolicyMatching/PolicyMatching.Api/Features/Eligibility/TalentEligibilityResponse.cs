namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record TalentEligibilityResponse(Guid TalentId, string DisplayName, DateOnly AsOf, IReadOnlyList<PolicyResultResponse> Policies)
{
    /// <summary>Set when this person's record could not be evaluated (their results are then empty).</summary>
    public string? Problem { get; init; }
}
