using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record ReasonResponse(string Criterion, string? Fact, string Actual, string Required, string Verdict, LocalizedText Text, string? Clause, bool Decisive);
