using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Creates the demo accounts of <c>seeds/demo-accounts.json</c>; registered only when <c>Seed:DemoData</c> is
/// true in Development (<see cref="ServiceDefaults.DemoData"/>). Existing usernames are left alone, so seeding is idempotent.</summary>
internal sealed partial class DemoAccountSeeder(IStore store, IPasswordHasher<Account> hasher, IConfiguration configuration, TimeProvider time, ILogger<DemoAccountSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = configuration["Seed:AccountsFile"] ?? throw new InvalidOperationException("Seed:AccountsFile is required when Seed:DemoData is true.");
        var accounts = JsonSerializer.Deserialize<DemoAccount[]>(await File.ReadAllTextAsync(file, cancellationToken), JsonSerializerOptions.Web) ?? [];
        var created = 0;
        foreach (var demo in accounts)
        {
            if ((await store.CountAsync<Account>(a => a.Username == demo.Username, cancellationToken)) > 0)
            {
                continue;
            }

            var account = new Account
            {
                Username = demo.Username,
                DisplayName = demo.DisplayName,
                Role = demo.Role,
                TalentId = demo.TalentId,
                EmployerId = demo.EmployerId,
                Street = demo.Street,
                CreatedAt = time.GetUtcNow(),
            };
            account.PasswordHash = hasher.HashPassword(account, demo.Password);
            var unitOfWork = store.BeginUnitOfWork();
            unitOfWork.Insert(account);
            await unitOfWork.CommitAsync(cancellationToken);
            created++;
        }

        LogSeeded(logger, created, file);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} demo accounts from {File}")]
    private static partial void LogSeeded(ILogger logger, int count, string file);
}
