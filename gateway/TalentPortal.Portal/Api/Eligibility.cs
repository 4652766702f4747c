namespace TalentPortal.Portal.Api;

/// <summary>A text in Simplified Chinese and English, as policy-matching sends it.</summary>
public sealed record LocalizedText(string Zh, string En);

public sealed record PolicySummary(string Code, LocalizedText Name);

public sealed record MyEligibility(Guid TalentId, string DisplayName, DateOnly AsOf, IReadOnlyList<PolicyResult> Policies);

public sealed record PolicyResult(
    string PolicyCode, LocalizedText Name, string? VersionId, DateOnly AsOf, string Outcome, LocalizedText Summary,
    PolicyBenefit? Benefit, IReadOnlyList<Reason> Reasons, IReadOnlyList<string> MissingFacts,
    IReadOnlyList<Counterfactual> Counterfactuals, DateOnly? EligibleFrom, bool Granted, string? ExcludedBy, LocalizedText? ExclusionReason,
    IReadOnlyList<string>? PendingVerification = null, IReadOnlyList<LocalizedText>? PendingVerificationNames = null)
{
    public bool IsEligible => Outcome == "Eligible";

    /// <summary>Facts the result relies on that nobody has verified yet (self-declared): it cannot be approved or paid
    /// until an official verifies them.</summary>
    public IReadOnlyList<string> Pending => PendingVerification ?? [];
}

public sealed record PolicyBenefit(
    string Kind, decimal? Amount, IReadOnlyList<Payment> Payments, IReadOnlyList<RentStep> RentSteps, decimal? UpTo, LocalizedText? Description);

public sealed record Payment(int Sequence, DateOnly DueDate, decimal Amount);

public sealed record RentStep(int Year, decimal DiscountPercent);

public sealed record Reason(string Criterion, string? Fact, string Actual, string Required, string Verdict, LocalizedText Text, string? Clause)
{
    public bool Passed => Verdict == "Pass";

    public bool Failed => Verdict == "Fail";
}

public sealed record Counterfactual(string Criterion, string Kind, string? Fact, string Required, DateOnly? Date, LocalizedText Text);
