using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.ServiceDefaults.Operations;

public sealed record RepublishRequest(string? Stream, string? Subject, long? FromSequence) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("stream", Stream, 100);
        errors.Required("subject", Subject, 100);
        errors.Required("fromSequence", FromSequence);
        errors.Range("fromSequence", FromSequence, 1, long.MaxValue);
    }
}
