using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>A stored intake record holding a value outside its definition (written before values were validated)
/// must not keep the service from starting: it is skipped, logged and named by readiness.</summary>
public sealed class IntakeStartupTests
{
    /// <summary>A host on a data directory the test chooses, so a second host can start on what the first stored.</summary>
    private sealed class DirectoryFactory(string directory) : ServiceFactory<Program>
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Storage:DataDirectory"] = directory };
    }

    private static IntakeRecord Record(DegreeLevel degree) => new()
    {
        Id = Guid.NewGuid(),
        EmploymentId = Guid.NewGuid(),
        EmployerId = Guid.NewGuid(),
        Street = "凤凰街道",
        IndustryChain = IndustryChain.Semiconductors,
        Degree = degree,
        UniversityTier = UniversityTier.Tier985,
        FromOutsideHuzhou = true,
        Month = new DateOnly(2026, 3, 1),
    };

    [Fact]
    public async Task Start_withAPoisonedIntakeRecord_skipsItCountsTheRestAndReportsItInReadiness()
    {
        var directory = Path.Combine(Path.GetTempPath(), "talentportal-tests", Guid.NewGuid().ToString("N"));
        var poisoned = Record((DegreeLevel)(-1));
        var sound = Record(DegreeLevel.Master);
        var first = new DirectoryFactory(directory);
        await first.InitializeAsync();
        var unitOfWork = first.Services.GetRequiredService<IStore>().BeginUnitOfWork();
        unitOfWork.Insert(poisoned);
        unitOfWork.Insert(sound);
        await unitOfWork.CommitAsync();
        await ((IAsyncLifetime)first).DisposeAsync();

        var second = new DirectoryFactory(directory);
        await second.InitializeAsync();
        try
        {
            var ready = await Api.JsonAsync(await second.CreateClient().GetAsync("/health/ready"));
            var intake = await Api.JsonAsync(await Api.Client(second, Roles.Official).GetAsync("/api/intake?from=2026-03&to=2026-03"));

            var check = ready.GetProperty("checks").GetProperty("intake");
            Assert.Equal("Degraded", check.GetProperty("status").GetString());
            Assert.Equal(1, check.GetProperty("data").GetProperty("skippedRecords").GetInt32());
            Assert.Equal(poisoned.Id.ToString(), check.GetProperty("data").GetProperty("skippedRecordIds")[0].GetString());
            Assert.Equal(1, intake.GetProperty("total").GetInt32());
        }
        finally
        {
            await ((IAsyncLifetime)second).DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
