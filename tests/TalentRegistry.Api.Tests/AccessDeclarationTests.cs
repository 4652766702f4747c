using TalentPortal.Testing.Security;

namespace TalentPortal.TalentRegistry.Tests;

[Collection(TalentRegistryCollection.Name)]
public sealed class AccessDeclarationTests(TalentRegistryFactory factory)
{
    [Fact]
    public void Every_endpoint_declares_one_access_rule()
    {
        _ = factory.CreateClient();

        Assert.Empty(EndpointCatalog.Undeclared(factory.Services));
    }
}
