using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using TalentPortal.PolicyMatching.Rules.Stacking;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

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
