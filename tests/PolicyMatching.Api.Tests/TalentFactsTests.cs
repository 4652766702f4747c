using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.PolicyMatching.Consumers;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

[Collection(PolicyMatchingCollection.Name)]
public sealed class TalentFactsTests(PolicyMatchingFactory factory)
{
    private async Task<JsonElement> FactsAsync(Guid talentId) =>
        JsonDocument.Parse(await Eventually.GetAsync(async () =>
        {
            var response = await factory.ClientFor(Roles.Official).GetAsync($"/api/talent-facts/{talentId}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
        }, what: "the talent's facts")).RootElement;

    [Fact]
    public async Task TalentRegistered_onTheBroker_becomesVisibleFacts()
    {
        var talentId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId, "陈晨"), Guid.NewGuid());

        var facts = await FactsAsync(talentId);
        Assert.Equal("陈晨", facts.GetProperty("displayName").GetString());
        Assert.Equal(1, facts.GetProperty("educationRecords").GetInt32());
    }

    [Fact]
    public async Task TalentRegistered_redelivered_changesNothing()
    {
        var talentId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId), messageId);
        var first = await FactsAsync(talentId);

        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId, "改过的名字"), messageId);
        var store = factory.Services.GetRequiredService<IStore>();
        await Eventually.TrueAsync(
            async () => await store.HasProcessedAsync(nameof(TalentFactsConsumer), messageId),
            what: "the inbox entry");
        await Task.Delay(500);

        var after = await FactsAsync(talentId);
        Assert.Equal(first.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(first.GetProperty("displayName").GetString(), after.GetProperty("displayName").GetString());
        Assert.Equal(1, after.GetProperty("eventsApplied").GetInt32());
    }

    [Fact]
    public async Task GetFacts_graduateOfAnotherTalent_returns403_andWithoutToken_401()
    {
        var talentId = Guid.NewGuid();

        var forbidden = await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid()).GetAsync($"/api/talent-facts/{talentId}");
        var anonymous = await factory.CreateClient().GetAsync($"/api/talent-facts/{talentId}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
