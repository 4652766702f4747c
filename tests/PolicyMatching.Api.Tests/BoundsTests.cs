using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Bounded documents and work, and no impossible value: extreme input is a 400 naming the field, never a 500.</summary>
[Collection(PolicyMatchingCollection.Name)]
public sealed class BoundsTests(PolicyMatchingFactory factory)
{
    private readonly Flows _flows = new(factory);
    private HttpClient Admin => factory.ClientFor(Roles.Admin);

    private static string SeedYaml(string file) => File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", file));

    private async Task<System.Text.Json.JsonElement> DraftRefusedQuicklyAsync(string yaml)
    {
        var clock = Stopwatch.StartNew();
        var response = await Admin.PostAsJsonAsync("/api/policies/drafts", new { yaml });
        clock.Stop();

        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
        var problem = await Flows.ProblemAsync(response, 400);
        Assert.True(Flows.NamesField(problem, "yaml"));
        return problem;
    }

    [Fact]
    public async Task DraftPolicy_billionLaughs_is400NamingYaml()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var problem = await DraftRefusedQuicklyAsync(yaml.ToString());

        Assert.Contains("expand", problem.GetProperty("errors").GetProperty("yaml")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftPolicy_tenThousandNestedLists_is400NamingYaml()
    {
        var problem = await DraftRefusedQuicklyAsync(new string('[', 10_000) + new string(']', 10_000));

        Assert.Contains("nested more than 64 levels", problem.GetProperty("errors").GetProperty("yaml")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftPolicy_amountFinerThanAFen_is400NamingYamlWithPathAndLine()
    {
        var problem = await DraftRefusedQuicklyAsync(SeedYaml("living-allowance.yaml").Replace("amount: 100000", "amount: 100000.005", StringComparison.Ordinal));

        var message = problem.GetProperty("errors").GetProperty("yaml")[0].GetString()!;
        Assert.Contains("two decimals", message, StringComparison.Ordinal);
        Assert.Matches(@"^draft\.yaml:\d+: versions\[1\]\.benefit\.amounts\[0\]\.amount", message);
    }

    [Theory]
    [InlineData("/api/applications?take=1000")]
    [InlineData("/api/applications/public-notice?take=1000")]
    [InlineData("/api/applications?skip=-1")]
    public async Task Lists_pageOutOfRange_is400NamingTheParameter(string url)
    {
        var problem = await Flows.ProblemAsync(await _flows.Official.GetAsync(url), 400);

        Assert.True(Flows.NamesField(problem, url.Contains("skip", StringComparison.Ordinal) ? "skip" : "take"));
    }

    [Fact]
    public async Task ScreenHires_takeAboveTheMaximum_is400NamingTake()
    {
        var problem = await Flows.ProblemAsync(await _flows.Hr(Guid.NewGuid()).GetAsync("/api/eligibility/employer?take=201"), 400);

        Assert.True(Flows.NamesField(problem, "take"));
    }

    [Fact]
    public async Task EligibilityAndDiff_asOfAtTheEndOfTime_is400NamingAsOf()
    {
        var talentId = await factory.HiredDoctorAsync(Guid.NewGuid());
        var graduate = _flows.Graduate(talentId);
        var draft = await Flows.OkAsync(await Admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = SeedYaml("living-allowance.yaml") }));

        HttpResponseMessage[] responses =
        [
            await graduate.GetAsync("/api/eligibility/me?asOf=9999-12-31"),
            await graduate.PostAsJsonAsync("/api/eligibility/me/what-if", new { overrides = new Dictionary<string, string> { ["socialInsuranceMonths"] = "6" }, asOf = "9999-12-31" }),
            await _flows.Official.GetAsync($"/api/eligibility/talents/{talentId}?asOf=9999-12-31"),
            await Admin.PostAsync($"/api/policies/drafts/{draft.GetProperty("id").GetGuid()}/diff?asOf=0001-01-01", null),
        ];

        foreach (var response in responses)
        {
            Assert.True(Flows.NamesField(await Flows.ProblemAsync(response, 400), "asOf"));
        }
    }

    [Fact]
    public async Task PolicyDiff_withAStoredTalentWhoseDatesAreExtreme_completesForEveryone()
    {
        var broken = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Messages.Registered(broken) with
        {
            BirthDate = new DateOnly(9999, 12, 31),
            Education = [new EducationRecordInfo("Doctorate", true, "浙江大学", "Tier985", null, new DateOnly(9999, 12, 31))],
        }, Guid.NewGuid());
        var store = factory.Services.GetRequiredService<IStore>();
        await Eventually.TrueAsync(async () => await store.GetAsync<Domain.TalentFacts>(broken) is not null, what: "the extreme record");
        var doctor = await factory.HiredDoctorAsync(Guid.NewGuid());
        var draft = await Flows.OkAsync(await Admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = SeedYaml("living-allowance.yaml").Replace("amount: 100000", "amount: 105000", StringComparison.Ordinal) }));

        var result = await PolicyAdminTests.DiffAsync(Admin, draft.GetProperty("id").GetGuid());
        var mine = await _flows.Graduate(broken).GetAsync("/api/eligibility/me");

        Assert.Contains(result.GetProperty("changes").EnumerateArray(), c => c.GetProperty("talentId").GetGuid() == doctor);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task MyPolicies_bornInTheFuture_passesNoAgeLimit()
    {
        var talentId = Guid.NewGuid();
        await factory.RegisterDoctorAsync(talentId, birthDate: new DateOnly(2099, 1, 1));
        await factory.ApplyAsync(talentId, factory.Hire(talentId, Guid.NewGuid()));

        var results = await _flows.Graduate(talentId).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/eligibility/me");

        var apartment = results.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("policyCode").GetString() == "TALENT_APARTMENT");
        Assert.Equal("Unknown", apartment.GetProperty("outcome").GetString());
        Assert.Contains("birthDate", apartment.GetProperty("missingFacts").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Reject_reasonWithBidiCharacters_is400NamingReason()
    {
        var employer = Guid.NewGuid();
        var talentId = await factory.HiredDoctorAsync(employer);
        var id = await _flows.SubmitAsync(talentId, "LIVING_ALLOWANCE");

        var response = await _flows.Official.PostAsJsonAsync($"/api/applications/{id}/reject", new { reason = "材料\u202E不实" });
        var application = await Flows.OkAsync(await _flows.Official.GetAsync($"/api/applications/{id}"));

        Assert.True(Flows.NamesField(await Flows.ProblemAsync(response, 400), "reason"));
        Assert.Equal("Submitted", application.GetProperty("state").GetString());
    }
}
