using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class RegisterTalentTests(TalentRegistryFactory factory)
{
    private static object Body(string nationalId, string name = "张伟") => new
    {
        fullName = name,
        nationalId,
        phone = "13800001234",
        hukouHuzhou = false,
        education = new[] { new { degreeLevel = "Doctorate", fullTime = true, university = "浙江大学", universityTier = "Tier985", major = "材料科学", graduationDate = "2025-06" } },
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Register_asOfficial_returnsMaskedRecordAndPublishesTalentRegistered()
    {
        var received = new TaskCompletionSource<TalentRegistered>(TaskCreationOptions.RunContinuationsAsynchronously);
        var nationalId = NationalIds.Next(new DateOnly(1995, 3, 15));
        var bus = factory.Services.GetRequiredService<IBus>();
        var handle = bus.ConnectReceiveEndpoint($"test-registered-{Guid.NewGuid():N}", e =>
            e.Handler<TalentRegistered>(context =>
            {
                if (context.Message.DisplayName == "张伟-发布")
                {
                    received.TrySetResult(context.Message);
                }

                return Task.CompletedTask;
            }));
        await handle.Ready;

        var response = await factory.ClientFor(Roles.Official).PostAsJsonAsync("/api/talents", Body(nationalId, "张伟-发布"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal($"**************{nationalId[^4..]}", body.GetProperty("nationalId").GetString());
        Assert.Equal("1995-03-15", body.GetProperty("birthDate").GetString());
        Assert.Equal("2025-06-30", body.GetProperty("education")[0].GetProperty("graduationDate").GetString());
        var published = await received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(body.GetProperty("id").GetGuid(), published.TalentId);
        Assert.DoesNotContain(nationalId, JsonSerializer.Serialize(published), StringComparison.Ordinal);
        await handle.StopAsync();
    }

    [Fact]
    public async Task Register_sameNationalIdTwice_returns409PointingToTheExistingRecord()
    {
        var client = factory.ClientFor(Roles.Official);
        var nationalId = NationalIds.Next();
        var first = await JsonAsync(await client.PostAsJsonAsync("/api/talents", Body(nationalId)));

        var second = await client.PostAsJsonAsync("/api/talents", Body(nationalId.ToLowerInvariant(), "另一个名字"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await JsonAsync(second);
        Assert.Equal(first.GetProperty("id").GetGuid(), problem.GetProperty("existingTalentId").GetGuid());
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(1, await store.CountAsync<Talent>(t => t.FullName == "另一个名字" || t.Id == first.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Register_graduateSelf_usesTheAccountTalentIdAndOnlyOnce()
    {
        var talentId = Guid.NewGuid();
        var client = factory.ClientFor(Roles.Graduate, talentId: talentId);

        var first = await client.PostAsJsonAsync("/api/talents", Body(NationalIds.Next()));
        var again = await client.PostAsJsonAsync("/api/talents", Body(NationalIds.Next()));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(talentId, (await JsonAsync(first)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("{\"fullName\": \"张伟\", ", "JSON body is invalid")]
    [InlineData("{\"fullName\": 42}", "$.fullName")]
    [InlineData("{\"fullName\": \"张伟\", \"hukouHuzhou\": \"yes\"}", "$.hukouHuzhou")]
    [InlineData("", "body")]
    public async Task Register_malformedOrMistypedJson_returns400ProblemNamingTheProblem(string json, string expected)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        var response = await factory.ClientFor(Roles.Official).PostAsync("/api/talents", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_missingAndInvalidFields_returns400WithEveryFieldError()
    {
        var tooLong = new string('长', 51);
        var response = await factory.ClientFor(Roles.Official).PostAsJsonAsync("/api/talents", new
        {
            fullName = tooLong,
            nationalId = "330502199503151238",
            education = new[] { new { degreeLevel = "Professor", university = "", universityTier = "Tier985", graduationDate = "June 2025" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Contains("at most 50", errors.GetProperty("fullName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("GB 11643", errors.GetProperty("nationalId")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("education[0].degreeLevel", out _));
        Assert.True(errors.TryGetProperty("education[0].university", out _));
        Assert.True(errors.TryGetProperty("education[0].graduationDate", out _));
        var store = factory.Services.GetRequiredService<IStore>();
        Assert.Equal(0, await store.CountAsync<Talent>(t => t.FullName == tooLong));
    }

    [Fact]
    public async Task Register_withoutToken_returns401()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/talents", Body(NationalIds.Next()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
