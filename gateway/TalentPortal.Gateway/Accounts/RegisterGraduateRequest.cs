using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Gateway.Accounts;

public sealed record RegisterGraduateRequest(string? Username, string? Password, string? DisplayName) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("username", Username, 64);
        if (Username is { } username && !string.IsNullOrWhiteSpace(username) && !IsUsername(username.Trim()))
        {
            errors.Add("username", "username must be 3 to 64 letters, digits or . _ - @, starting with a letter or digit.");
        }

        errors.Required("displayName", DisplayName, 50);
        errors.PlainText("displayName", DisplayName);
        if (Password is null || Password.Length < 8 || Password.Length > 128 || string.IsNullOrWhiteSpace(Password))
        {
            errors.Add("password", "password must be 8 to 128 characters, not only spaces.");
        }
        else if (Text.HasHiddenCharacters(Password))
        {
            errors.Add("password", "password may not contain control characters.");
        }
    }

    private static bool IsUsername(string value) =>
        value.Length is >= 3 and <= 64 && char.IsLetterOrDigit(value[0]) && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}
