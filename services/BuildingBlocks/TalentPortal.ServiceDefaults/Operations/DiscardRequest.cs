using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.ServiceDefaults.Operations;

public sealed record DiscardRequest(string? Reason, Guid? MessageId) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("reason", Reason, 500);
        errors.PlainText("reason", Reason, multiline: true);
    }
}
