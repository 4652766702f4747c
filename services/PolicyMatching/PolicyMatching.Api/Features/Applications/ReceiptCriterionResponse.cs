using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>One node of the recorded trace; <see cref="Clause"/> cites the document and article the criterion comes from.</summary>
public sealed record ReceiptCriterionResponse(
    string Id, string Path, string Kind, string Verdict, string? Fact, string Actual, string Required, LocalizedText Text, string? Clause, bool Decisive);
