using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TalentPortal.Testing.Security;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>The generated suites: every endpoint as every persona, bad input into every operation of the OpenAPI
/// document, and the document through the linter.</summary>
public sealed class SecuritySuiteTests(SecuritySuiteFactory factory) : IClassFixture<SecuritySuiteFactory>
{
    [Fact]
    public async Task AuthorizationMatrix_everyEndpointAsEveryPersona_answersAsItsAccessRuleDeclares()
    {
        var fixture = await SecurityFixture.ArrangeAsync(factory);
        var matrix = new AuthorizationMatrix(factory.CreateClient(), fixture.Scope);
        foreach (var (key, value) in fixture.RouteValues(openApiPaths: false))
        {
            matrix.RouteValues[key] = value;
        }

        foreach (var (name, body) in fixture.Bodies())
        {
            matrix.Bodies[name] = () => JsonContent.Create(body);
        }

        matrix.Bodies["SubmitImport"] = () => new StringContent(SecurityFixture.ImportCsv(), Encoding.UTF8, "text/csv");
        matrix.Bodies["UploadEvidence"] = SecurityFixture.EvidenceForm;
        matrix.Bodies["ImportInsuranceRecords"] = () => new StringContent(fixture.InsuranceCsv(), Encoding.UTF8, "text/csv");
        matrix.Queries["QueryIntake"] = "by=employer";
        matrix.FixtureIds.AddRange(fixture.Ids);
        var endpoints = EndpointCatalog.Of(factory.Services);

        var violations = await matrix.RunAsync(endpoints);

        // The kit knows no zone-wide scope: the bureau's file covers the whole zone, so street officials (of either
        // street) are refused it; those two refusals are expected, and nothing else.
        string[] zoneOnly =
        [
            "POST /api/insurance-records/imports as StreetOfficialOwnStreet: expected an answer past authorization, got 403",
            "POST /api/insurance-records/imports as StreetOfficialOtherStreet: expected an answer past authorization, got 403",
        ];
        Assert.True(endpoints.Count >= 18, $"{endpoints.Count} endpoints mapped");
        Assert.Equal(zoneOnly.Order(StringComparer.Ordinal), violations.Where(zoneOnly.Contains).Order(StringComparer.Ordinal));
        Assert.Empty(violations.Except(zoneOnly));
    }

    [Fact]
    public async Task BadInputSweep_everyOperationOfTheOpenApiDocument_neverFailsNorHalfWrites()
    {
        var fixture = await SecurityFixture.ArrangeAsync(factory);
        using var document = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        // Every collection is fingerprinted: nothing in this service writes in the background during the sweep. Its only
        // background work is an import, which starts from a 202: the fixture waits until every import has finished, and
        // every import variant the sweep sends is refused.
        var sweep = new BadInputSweep(factory.CreateClient(), fixture.Scope, StoreFingerprint.Of(factory.Services));
        foreach (var (key, value) in fixture.RouteValues(openApiPaths: true))
        {
            sweep.RouteValues[key] = value;
        }

        foreach (var (name, body) in fixture.Bodies())
        {
            sweep.BaseBodies[name] = body;
        }

        var report = await sweep.RunAsync(document);

        Assert.True(report.Requests >= 1000, $"{report.Requests} requests: {string.Join(", ", report.RequestsByOperation.Select(o => $"{o.Key} {o.Value}"))}");
        Assert.Empty(report.Violations);
    }

    [Fact]
    public async Task OpenApiDocument_passesTheLinter()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Empty(await OpenApiLint.ErrorsAsync(json, "talent-registry"));
    }
}
