using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Applications;

public sealed record InstalmentRunRequest(DateOnly? AsOf) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.Range("asOf", AsOf, Rules.EngineDates.Earliest, Rules.EngineDates.Latest);
}
