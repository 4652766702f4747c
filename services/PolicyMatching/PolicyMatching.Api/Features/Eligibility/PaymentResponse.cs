namespace TalentPortal.PolicyMatching.Features.Eligibility;

public sealed record PaymentResponse(int Sequence, DateOnly DueDate, decimal Amount);
