using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Applications;

public sealed record SubmitApplicationRequest(string? PolicyCode, Guid? TalentId) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("policyCode", PolicyCode, 64);
        errors.PlainText("policyCode", PolicyCode);
    }
}
