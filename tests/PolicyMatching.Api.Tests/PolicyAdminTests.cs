using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

[Collection(PolicyMatchingCollection.Name)]
public sealed class PolicyAdminTests(PolicyMatchingFactory factory)
{
    private static string SeedYaml(string file) => File.ReadAllText(RepositoryPaths.Combine("seeds", "policies", file));

    [Fact]
    public async Task Draft_invalidYaml_is400WithErrorsNamingYamlAndEachProblemsPath()
    {
        var yaml = SeedYaml("living-allowance.yaml").Replace("fact: fullTime", "fact: favouriteColour", StringComparison.Ordinal);

        var response = await factory.ClientFor(Roles.Admin).PostAsJsonAsync("/api/policies/drafts", new { yaml });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = body.GetProperty("errors").GetProperty("yaml")[0].GetString()!;
        Assert.Contains("favouriteColour", message, StringComparison.Ordinal);
        Assert.Contains("versions[0]", message, StringComparison.Ordinal);
        Assert.Equal("versions[0].criteria.all[0].fact", body.GetProperty("problems")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task Draft_byOfficial_is403()
    {
        var response = await factory.ClientFor(Roles.Official).PostAsJsonAsync("/api/policies/drafts", new { yaml = SeedYaml("living-allowance.yaml") });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Starts a preview of the draft and waits for its result.</summary>
    internal static async Task<JsonElement> DiffAsync(HttpClient client, Guid draftId, string query = "")
    {
        var started = await client.PostAsync($"/api/policies/drafts/{draftId}/diff{query}", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var jobUrl = started.Headers.Location!.ToString();
        var job = await Eventually.GetAsync(async () =>
        {
            var body = await client.GetFromJsonAsync<JsonElement>(jobUrl);
            return body.GetProperty("state").GetString() == "Completed" ? body.GetRawText() : null;
        }, what: "the policy preview to finish");
        return JsonDocument.Parse(job).RootElement.GetProperty("result");
    }

    [Fact]
    public async Task DraftDiffPublish_raisedAmount_showsTheMoneyAndRematchesEveryone()
    {
        var doctor = await factory.HiredDoctorAsync(Guid.NewGuid());
        var yaml = SeedYaml("living-allowance.yaml").Replace("amount: 100000", "amount: 120000", StringComparison.Ordinal);
        var admin = factory.ClientFor(Roles.Admin);
        var announced = await EventProbe.ListenAsync<Contracts.PolicyMatching.EligibilityChanged>(
            factory.Services, e => e.TalentId == doctor && e.PolicyCode == "LIVING_ALLOWANCE" && e.Amount == 120000m);

        var draft = await (await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml })).Content.ReadFromJsonAsync<JsonElement>();
        var draftId = draft.GetProperty("id").GetGuid();
        var diff = await DiffAsync(admin, draftId);
        var published = await admin.PostAsJsonAsync($"/api/policies/drafts/{draftId}/publish", new { });

        Assert.True(diff.GetProperty("amountChanges").GetInt32() >= 1);
        Assert.True(diff.GetProperty("moneyAfter").GetDecimal() > diff.GetProperty("moneyBefore").GetDecimal());
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);
        var jobUrl = published.Headers.Location!.ToString();
        var job = await Eventually.GetAsync(async () =>
        {
            var body = await admin.GetFromJsonAsync<JsonElement>(jobUrl);
            return body.GetProperty("state").GetString() == "Completed" ? body.GetRawText() : null;
        }, what: "the re-match to finish");
        var finished = JsonDocument.Parse(job).RootElement;
        Assert.Equal(finished.GetProperty("total").GetInt32(), finished.GetProperty("processed").GetInt32());
        Assert.True(finished.GetProperty("changed").GetInt32() >= 1);
        var change = await announced.WaitAsync();
        Assert.Equal(("Eligible", "Eligible"), (change.PreviousOutcome, change.Outcome));
        var stored = await factory.Services.GetRequiredService<Storage.IStore>().GetAsync<Domain.TalentFacts>(doctor);
        Assert.Contains("LIVING_ALLOWANCE|Eligible|120000", stored!.Results.Split('\n'));

        // Put the seed text back for the other tests.
        var restore = await (await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = SeedYaml("living-allowance.yaml") })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Accepted, (await admin.PostAsJsonAsync($"/api/policies/drafts/{restore.GetProperty("id").GetGuid()}/publish", new { })).StatusCode);
    }
}
