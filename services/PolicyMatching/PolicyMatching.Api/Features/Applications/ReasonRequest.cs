using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>A reason or note for a decision; required where the decision needs one.</summary>
public sealed record ReasonRequest(string? Reason) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.MaxLength("reason", Reason, 2000);
        errors.PlainText("reason", Reason, multiline: true);
    }
}
