using System.Net;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>Every list answers a page: <c>take</c> has a maximum, and out-of-range paging is a 400 naming the parameter.</summary>
[Collection(TalentRegistryCollection.Name)]
public sealed class PagingTests(TalentRegistryFactory factory)
{
    [Theory]
    [InlineData("/api/employers?take=501", "take")]
    [InlineData("/api/employers?take=0", "take")]
    [InlineData("/api/employers?skip=-1", "skip")]
    [InlineData("/api/intake/targets?take=501", "take")]
    public async Task List_pagingOutOfRange_returns400NamingTheParameter(string path, string parameter)
    {
        var response = await Api.Client(factory, Roles.Admin).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(parameter, out _), parameter);
    }

    [Fact]
    public async Task ListHires_andEmployments_answerAtMostTakeRecords()
    {
        var (employerId, _) = await Api.EmployerAsync(factory);
        for (var i = 0; i < 3; i++)
        {
            var (_, nationalId) = await Api.TalentAsync(factory);
            await Api.HireAsync(factory, employerId, nationalId);
        }

        var admin = Api.Admin(factory);
        var page = await Api.JsonAsync(await admin.GetAsync($"/api/employers/{employerId}/hires?take=2"));
        var rest = await Api.JsonAsync(await admin.GetAsync($"/api/employers/{employerId}/hires?skip=2&take=2"));
        var tooMany = await admin.GetAsync($"/api/employers/{employerId}/hires?take=501");
        var employments = await admin.GetAsync($"/api/talents/{page[0].GetProperty("talentId").GetGuid()}/employments?take=501");

        Assert.Equal(2, page.GetArrayLength());
        Assert.Equal(1, rest.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, employments.StatusCode);
    }

    [Fact]
    public async Task ListEmployers_take_limitsTheAnswer()
    {
        var body = await Api.JsonAsync(await Api.Client(factory, Roles.Graduate, talentId: Guid.NewGuid()).GetAsync("/api/employers?take=3"));

        Assert.Equal(3, body.GetArrayLength());
    }
}
