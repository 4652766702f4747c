using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Housing.Consumers;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.Housing.Tests;

public sealed class ResidentTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    private async Task<JsonElement> ResidentAsync(Guid talentId) =>
        JsonDocument.Parse(await Eventually.GetAsync(async () =>
        {
            var response = await factory.ClientFor(Roles.Official).GetAsync($"/api/housing/residents/{talentId}");
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : null;
        }, what: "the resident record")).RootElement;

    [Fact]
    public async Task TalentRegistered_onTheBroker_becomesAResident()
    {
        var talentId = Guid.NewGuid();

        await Messages.PublishAsync(factory.Services, Messages.RegisteredVerified(talentId, "陈晨"), Guid.NewGuid());

        var facts = await ResidentAsync(talentId);
        Assert.Equal("陈晨", facts.GetProperty("displayName").GetString());
        Assert.Equal("Doctorate", facts.GetProperty("highestDegree").GetString());
    }

    [Fact]
    public async Task SelfDeclaredDoctorate_waitsInTheLowestBand_untilAnOfficialVerifiesTheDegree()
    {
        var talentId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId, "自称博士"), Guid.NewGuid());
        Assert.False((await ResidentAsync(talentId)).TryGetProperty("highestDegree", out var degree) && degree.ValueKind != JsonValueKind.Null);
        await factory.GrantAsync(talentId);
        var applicationId = await factory.ApplyAsync(talentId);
        Assert.Equal(5, (await factory.PositionAsync(talentId, applicationId)).GetProperty("band").GetInt32());

        var registered = Messages.RegisteredVerified(talentId);
        await Messages.PublishAsync(
            factory.Services,
            new TalentProfileUpdated(talentId, false, null, null, registered.Education, DateTimeOffset.UtcNow, IdentityStatuses.Verified, Messages.OfficiallyVerified),
            Guid.NewGuid());

        await Eventually.TrueAsync(
            async () => (await factory.PositionAsync(talentId, applicationId)).GetProperty("band").GetInt32() == 2, what: "the doctorate's band after verification");
    }

    [Fact]
    public async Task TalentRegistered_redelivered_changesNothing()
    {
        var talentId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId), messageId);
        var first = await ResidentAsync(talentId);

        await Messages.PublishAsync(factory.Services, Messages.Registered(talentId, "改过的名字"), messageId);
        var store = factory.Services.GetRequiredService<IStore>();
        await Eventually.TrueAsync(
            async () => await store.HasProcessedAsync(nameof(ResidentFactsConsumer), messageId),
            what: "the inbox entry");
        await Task.Delay(500);

        var after = await ResidentAsync(talentId);
        Assert.Equal(first.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        Assert.Equal(first.GetProperty("displayName").GetString(), after.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task GetResident_graduateOfAnotherTalent_returns403_andWithoutToken_401()
    {
        var talentId = await factory.TalentWithBenefitAsync();

        var forbidden = await factory.ClientFor(Roles.Graduate, talentId: Guid.NewGuid()).GetAsync($"/api/housing/residents/{talentId}");
        var anonymous = await factory.CreateClient().GetAsync($"/api/housing/residents/{talentId}");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
