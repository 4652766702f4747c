namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>An application for a benefit was approved after its public notice. <paramref name="BenefitKind"/> names the
/// benefit ("TalentApartment" for a talent apartment); <paramref name="RentSteps"/> carries the stepped rent discount
/// of an apartment benefit (empty for other kinds); <paramref name="Amount"/> is the money amount in yuan, if any.</summary>
[EventStream(EventStreams.Grants, nameof(TalentId))]
public sealed record BenefitGranted(Guid ApplicationId, Guid TalentId, string PersonKey, string PolicyCode, string BenefitKind, decimal? Amount, IReadOnlyList<RentStepInfo> RentSteps, DateOnly GrantedOn, DateTimeOffset GrantedAt);
