using TalentPortal.PolicyMatching.Rules;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record PublishRequest(DateOnly? EffectiveFrom) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.Range("effectiveFrom", EffectiveFrom, EngineDates.Earliest, EngineDates.Latest);
}
