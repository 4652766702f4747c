using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record CounterfactualResponse(string Criterion, string Kind, string? Fact, string Required, DateOnly? Date, LocalizedText Text);
