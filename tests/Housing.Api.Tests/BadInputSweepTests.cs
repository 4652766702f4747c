using System.Text.Json;
using TalentPortal.Testing.Security;

namespace TalentPortal.Housing.Tests;

/// <summary>Bad input anywhere in the API is a 4xx that names the field (400) or the state (409) and writes nothing.</summary>
public sealed class BadInputSweepTests(HousingFactory factory) : IClassFixture<HousingFactory>
{
    [Fact]
    public async Task Sweep_everyOperationWithBadInput_neverFails_neverHalfWrites_andNamesTheFieldOrState()
    {
        var fixture = await SecurityFixture.ArrangeAsync(factory);
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        // Every collection is fingerprinted: nothing but a successful request writes during the sweep (the deadline
        // sweep runs hourly in tests, and no event is published meanwhile).
        var sweep = new BadInputSweep(client, fixture.Scope, StoreFingerprint.Of(factory.Services));
        sweep.RouteValues["talentId"] = fixture.Scope.SelfTalentId.ToString();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Where(p => p.Contains("{id}", StringComparison.Ordinal)))
        {
            sweep.RouteValues[$"{path}|id"] = fixture.IdFor(path).ToString();
        }

        foreach (var (name, body) in fixture.Bodies(factory.Today()))
        {
            sweep.BaseBodies[name] = body;
        }

        var report = await sweep.RunAsync(document);

        Assert.True(report.Requests >= 1000, $"only {report.Requests} requests: {string.Join(", ", report.RequestsByOperation)}");
        Assert.Empty(report.Violations);
    }
}
