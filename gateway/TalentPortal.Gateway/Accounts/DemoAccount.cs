namespace TalentPortal.Gateway.Accounts;

internal sealed record DemoAccount(string Username, string Password, string DisplayName, string Role, Guid? TalentId, Guid? EmployerId, string? Street);
