using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record SetTalentTierRequest(string? Tier, string? DecisionReference) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => Classifications.Validate(errors, Facts.TalentTier, "tier", Tier, DecisionReference);
}
