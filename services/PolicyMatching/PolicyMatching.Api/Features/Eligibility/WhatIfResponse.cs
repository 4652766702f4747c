namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record WhatIfResponse(Guid TalentId, DateOnly AsOf, IReadOnlyDictionary<string, string?> Overrides, IReadOnlyList<WhatIfChange> Changes, IReadOnlyList<PolicyResultResponse> Policies);
