namespace TalentPortal.Gateway.Accounts;

public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string Role, string DisplayName, Guid? TalentId, Guid? EmployerId, string? Street);
