using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;
using TalentPortal.TalentRegistry.Infrastructure.DemoData;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

public sealed class DemoDataTests
{
    private static readonly IReadOnlyList<Employer> Employers =
        EmployerSeeds.Load(RepositoryPaths.Combine("seeds", "employers.json"), DateTimeOffset.UnixEpoch);

    private static DemoTalentGenerator Generator(int seed) => new(seed, Employers, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30));

    [Fact]
    public void Generate_sameSeed_producesTheSamePeople() =>
        Assert.Equal(Generator(7).Generate(200).Select(t => t.ToCsvLine()), Generator(7).Generate(200).Select(t => t.ToCsvLine()));

    [Fact]
    public void Generate_manyTalents_haveValidUniqueNationalIdsChineseNamesAndPlausibleDistributions()
    {
        var talents = Generator(11).Generate(5000).ToList();

        Assert.All(talents, t => Assert.True(NationalId.TryParse(t.NationalId, out _, out _), t.NationalId));
        Assert.Equal(talents.Count, talents.Select(t => t.NationalId).Distinct().Count());
        Assert.All(talents, t => Assert.InRange(t.FullName.Length, 2, 3));
        Assert.All(talents, t => Assert.InRange(t.StartDate, new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 30)));
        Assert.All(talents, t => Assert.Equal(t.HukouHuzhou, t.NationalId.StartsWith("3305", StringComparison.Ordinal)));
        Assert.InRange(talents.Count(t => t.Degree == DegreeLevel.Doctorate), 150, 450);
        Assert.InRange(talents.Count(t => !t.HukouHuzhou), 4000, 4700);
        Assert.Equal(Zone.Streets.Count, talents.Select(t => t.Employer.Street).Distinct().Count());
    }
}

public sealed class DemoSeedingTests(DemoSeedFactory factory) : IClassFixture<DemoSeedFactory>
{
    [Fact]
    public async Task Start_withDemoData_seedsTheDemoGraduateHiredByWeilanAndGeneratedHires()
    {
        var talentId = Guid.Parse("0192f000-0000-7000-8000-000000000001");
        var weilan = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");

        var asGraduate = await Api.Client(factory, Roles.Graduate, talentId: talentId).GetAsync($"/api/talents/{talentId}");
        var asHr = await Api.Client(factory, Roles.EmployerHr, employerId: weilan).GetAsync($"/api/talents/{talentId}");
        var today = DateTime.UtcNow.AddHours(8);
        var intake = await Api.JsonAsync(await Api.Admin(factory).GetAsync($"/api/intake?from={today.Year - 2}-01&to={today:yyyy-MM}"));

        Assert.Equal(HttpStatusCode.OK, asGraduate.StatusCode);
        Assert.Equal("李明", (await Api.JsonAsync(asGraduate)).GetProperty("fullName").GetString());
        Assert.Equal(HttpStatusCode.OK, asHr.StatusCode);
        Assert.Equal(31, intake.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Start_withDemoData_seedsPeopleTheTalentOfficeRegistered_verifiedWithOfficialFacts()
    {
        var store = factory.Services.GetRequiredService<IStore>();
        await Eventually.TrueAsync(async () => await store.CountAsync<Talent>(_ => true) > 1, what: "the demo talents");

        var talents = await store.FindAsync<Talent>(_ => true);

        Assert.All(talents, t => Assert.Equal(IdentityStatus.Verified, t.IdentityStatus));
        Assert.All(talents, t => Assert.Equal(FactSources.OfficialVerified, t.Provenance[Facts.DegreeLevel].Source));
        Assert.NotNull(talents.Single(t => t.Id == RegistrySeeder.DemoGraduateTalentId).AccountId);
        Assert.Equal(0, await store.CountAsync<FactVerification>(_ => true));
    }

    [Fact]
    public async Task Start_again_seedsNothingNew()
    {
        var store = factory.Services.GetRequiredService<IStore>();
        var talents = await store.CountAsync<Talent>(_ => true);
        var employers = await store.CountAsync<Employer>(_ => true);
        var seeder = factory.Services.GetServices<IHostedService>().OfType<RegistrySeeder>().Single();

        await seeder.StartAsync(CancellationToken.None);

        Assert.Equal(talents, await store.CountAsync<Talent>(_ => true));
        Assert.Equal(employers, await store.CountAsync<Employer>(_ => true));
        Assert.True(talents >= 31);
    }
}
