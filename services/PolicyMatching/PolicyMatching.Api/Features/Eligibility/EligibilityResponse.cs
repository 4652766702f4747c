using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Stacking;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record ReasonResponse(string Criterion, string? Fact, string Actual, string Required, string Verdict, LocalizedText Text, string? Clause, bool Decisive);

public sealed record CounterfactualResponse(string Criterion, string Kind, string? Fact, string Required, DateOnly? Date, LocalizedText Text);

public sealed record PaymentResponse(int Sequence, DateOnly DueDate, decimal Amount);

public sealed record BenefitResponse(
    string Kind, decimal? Amount, decimal? BaseAmount, decimal UpliftAmount, IReadOnlyList<PaymentResponse> Payments,
    IReadOnlyList<Rules.Policies.RentStep> RentSteps, decimal? UpTo, bool RequiresManualReview, LocalizedText Description);

/// <summary>One policy's answer for one talent, with why, how much, and what would change it. <see cref="PendingVerification"/>
/// names the facts the answer relies on that come from a source the policy does not accept (shown as 符合（待核验：学历）):
/// nothing is approved on them until they are verified.</summary>
public sealed record PolicyResultResponse(
    string PolicyCode, LocalizedText Name, string? VersionId, DateOnly AsOf, string Outcome, LocalizedText Summary,
    BenefitResponse? Benefit, IReadOnlyList<ReasonResponse> Reasons, IReadOnlyList<string> MissingFacts,
    IReadOnlyList<CounterfactualResponse> Counterfactuals, DateOnly? EligibleFrom, string? ExclusionGroup,
    bool Granted, string? ExcludedBy, LocalizedText? ExclusionReason,
    IReadOnlyList<string> PendingVerification, IReadOnlyList<LocalizedText> PendingVerificationNames)
{
    public static PolicyResultResponse From(ResolvedBenefit resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        var r = resolved.Result;
        return new PolicyResultResponse(
            r.PolicyCode,
            r.PolicyName,
            r.VersionId,
            r.AsOf,
            r.Outcome.ToString(),
            r.Summary,
            r.Benefit is { } b
                ? new BenefitResponse(b.Kind.ToString(), b.Amount, b.BaseAmount, b.UpliftAmount, [.. b.Payments.Select(p => new PaymentResponse(p.Sequence, p.DueDate, p.Amount))], b.RentSteps, b.UpTo, b.RequiresManualReview, b.Description)
                : null,
            [.. r.Trace.Where(t => t.Kind == CriterionKind.Comparison).Select(t => new ReasonResponse(t.Id, t.Fact is { } f ? FactCatalog.KeyOf(f) : null, t.Actual, t.Required, t.Verdict.ToString(), t.Text, t.Clause, t.Decisive))],
            [.. r.MissingFacts.Select(FactCatalog.KeyOf)],
            [.. r.Counterfactuals.Select(c => new CounterfactualResponse(c.CriterionId, c.Kind.ToString(), c.Fact is { } f ? FactCatalog.KeyOf(f) : null, c.Required, c.Date, c.Text))],
            r.EligibleFrom,
            r.ExclusionGroup,
            resolved.Granted,
            resolved.ExcludedBy,
            resolved.Reason,
            FactNames.Keys(r.PendingVerification),
            [.. r.PendingVerification.Select(FactCatalog.NameOf)]);
    }
}

public sealed record TalentEligibilityResponse(Guid TalentId, string DisplayName, DateOnly AsOf, IReadOnlyList<PolicyResultResponse> Policies)
{
    /// <summary>Set when this person's record could not be evaluated (their results are then empty).</summary>
    public string? Problem { get; init; }
}

public sealed record WhatIfRequest(Dictionary<string, string?>? Overrides, DateOnly? AsOf) : ServiceDefaults.Http.IValidatableRequest
{
    public void Validate(ServiceDefaults.Http.ValidationErrors errors)
    {
        if (Overrides is null || Overrides.Count == 0)
        {
            errors.Add("overrides", "overrides needs at least one fact, e.g. {\"socialInsuranceMonths\": \"6\"}.");
            return;
        }

        if (Overrides.Count > MaxOverrides)
        {
            errors.Add("overrides", $"overrides may change at most {MaxOverrides} facts.");
            return;
        }

        foreach (var (key, value) in Overrides)
        {
            if (!FactCatalog.TryParse(key, out _))
            {
                errors.Add($"overrides.{key}", $"{key} is not a known fact.");
            }
            else
            {
                errors.MaxLength($"overrides.{key}", value, 200);
                errors.PlainText($"overrides.{key}", value);
            }
        }

        errors.Range("asOf", AsOf, Rules.EngineDates.Earliest, Rules.EngineDates.Latest);
    }

    private const int MaxOverrides = 32;
}

public sealed record WhatIfChange(string PolicyCode, LocalizedText Name, string Before, string After, decimal? AmountBefore, decimal? AmountAfter);

public sealed record WhatIfResponse(Guid TalentId, DateOnly AsOf, IReadOnlyDictionary<string, string?> Overrides, IReadOnlyList<WhatIfChange> Changes, IReadOnlyList<PolicyResultResponse> Policies);
