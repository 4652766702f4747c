using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Applications;

public sealed record ResolveObjectionRequest(bool? Upheld, string? Resolution) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("upheld", Upheld);
        errors.Required("resolution", Resolution, 2000);
        errors.PlainText("resolution", Resolution, multiline: true);
    }
}
