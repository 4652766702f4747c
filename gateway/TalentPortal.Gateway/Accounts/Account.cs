using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

/// <summary>A local sign-in account; the password is kept as an ASP.NET Core PasswordHasher hash.</summary>
public sealed class Account : IAggregate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public long Version { get; set; }
    public string Username { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = "";
    public Guid? TalentId { get; set; }
    public Guid? EmployerId { get; set; }
    public string? Street { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
