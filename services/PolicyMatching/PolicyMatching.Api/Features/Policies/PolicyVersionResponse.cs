namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record PolicyVersionResponse(string Id, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Document, string BenefitKind);
