using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Applications;

public sealed record ObjectionRequest(string? Text) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("text", Text, 2000);
        errors.PlainText("text", Text, multiline: true);
    }
}
