using TalentPortal.Testing.Security;

namespace TalentPortal.PolicyMatching.Tests.Security;

[Collection(PolicyMatchingCollection.Name)]
public sealed class OpenApiTests(PolicyMatchingFactory factory)
{
    [Fact]
    public void EveryEndpoint_declaresOneAccessRule() => Assert.Empty(EndpointCatalog.Undeclared(factory.Services));

    [Fact]
    public async Task OpenApiDocument_passesTheLinter()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Empty(await OpenApiLint.ErrorsAsync(json, "policy-matching"));
    }
}
