namespace TalentPortal.Portal.Api;

public sealed record SignInRequest(string? Username, string? Password);

public sealed record SignInResult(string AccessToken, DateTimeOffset ExpiresAt, string Role, string DisplayName, Guid? TalentId, Guid? EmployerId, string? Street);
