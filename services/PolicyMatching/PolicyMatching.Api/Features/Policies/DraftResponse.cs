namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record DraftResponse(Guid Id, string Code, string State, DateTimeOffset CreatedAt, IReadOnlyList<PolicyVersionResponse> Versions);
