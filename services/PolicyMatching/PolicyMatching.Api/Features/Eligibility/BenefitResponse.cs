using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record BenefitResponse(
    string Kind, decimal? Amount, decimal? BaseAmount, decimal UpliftAmount, IReadOnlyList<PaymentResponse> Payments,
    IReadOnlyList<Rules.Policies.RentStep> RentSteps, decimal? UpTo, bool RequiresManualReview, LocalizedText Description);
