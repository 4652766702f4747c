using System.Net;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Housing.Tests;

/// <summary>No list answers with a whole collection: each takes skip and take, with a maximum.</summary>
public sealed class ListBoundTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    public static TheoryData<string> Lists => new()
    {
        "/api/housing/projects", "/api/housing/units", "/api/housing/applications", "/api/housing/leases", "/api/housing/service-requests",
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_takeAboveTheMaximumOrNegativeSkip_returns400NamingTheParameter(string path)
    {
        var client = factory.ClientFor(Roles.Official);

        var tooMany = await client.GetAsync($"{path}?take=501");
        var negative = await client.GetAsync($"{path}?skip=-1");
        var largest = await client.GetAsync($"{path}?take=500");

        Assert.True((await Api.OkJsonAsync(tooMany, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("take", out _));
        Assert.True((await Api.OkJsonAsync(negative, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("skip", out _));
        Assert.Equal(HttpStatusCode.OK, largest.StatusCode);
    }

    [Fact]
    public async Task ListUnits_skipAndTake_pageThroughAProjectsUnitsInOrder()
    {
        var (projectId, units) = await factory.ProjectAsync(rents: [1000m, 1100m, 1200m, 1300m, 1400m]);
        var client = factory.Graduate(Guid.NewGuid());

        var first = await Api.OkJsonAsync(await client.GetAsync($"/api/housing/units?projectId={projectId}&take=2"));
        var second = await Api.OkJsonAsync(await client.GetAsync($"/api/housing/units?projectId={projectId}&skip=2&take=2"));
        var last = await Api.OkJsonAsync(await client.GetAsync($"/api/housing/units?projectId={projectId}&skip=4&take=2"));

        var pages = new[] { first, second, last }.SelectMany(p => p.EnumerateArray()).Select(u => u.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(units, pages);
        Assert.Equal(1, last.GetArrayLength());
    }
}

/// <summary>The waiting list reads the store a fixed number of times, however many entries and offers it shows.</summary>
public sealed class WaitingListReadTests(ReadCountingFactory factory) : IClassFixture<ReadCountingFactory>
{
    [Fact]
    public async Task WaitingList_withManyApplicationsAndOffers_readsTheStoreAFixedNumberOfTimes()
    {
        var (projectId, units) = await factory.ProjectAsync("杨家埠街道", "Studio", 900m, 900m, 900m, 900m, 900m, 900m);
        for (var i = 0; i < 12; i++)
        {
            var talentId = await factory.TalentWithBenefitAsync();
            var applicationId = await factory.ApplyAsync(talentId, new { preferredProjectId = projectId });
            if (i < units.Length)
            {
                await factory.OfferAsync(applicationId, units[i]);
            }
        }

        factory.Reads.Reset();
        var zone = await Api.OkJsonAsync(await factory.Official().GetAsync("/api/housing/applications"));
        var zoneReads = factory.Reads.Reads;
        factory.Reads.Reset();
        var street = await Api.OkJsonAsync(await factory.Official(street: "杨家埠街道").GetAsync("/api/housing/applications"));
        var streetReads = factory.Reads.Reads;

        Assert.Equal(12, zone.GetArrayLength());
        Assert.Equal(6, zone.EnumerateArray().Count(a => a.TryGetProperty("currentOffer", out var offer) && offer.ValueKind == System.Text.Json.JsonValueKind.Object));
        Assert.Equal(12, street.GetArrayLength());
        Assert.True(zoneReads <= 2, $"{zoneReads} reads");
        Assert.True(streetReads <= 2, $"{streetReads} reads");
    }
}
