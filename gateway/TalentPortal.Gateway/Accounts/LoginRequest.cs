using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Gateway.Accounts;

public sealed record LoginRequest(string? Username, string? Password) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("username", Username, 64);
        errors.Required("password", Password, 128);
    }
}
