using NetArchTest.Rules;
using TalentPortal.Contracts;

namespace TalentPortal.ArchitectureTests;

/// <summary>TalentPortal.Contracts holds the messages the services share, so it depends on nothing but the base class
/// library: no other project of ours and no web, storage or messaging framework. Its messages carry no MassTransit
/// attribute; the one attribute it has (<see cref="EventStreamAttribute"/>) is its own.</summary>
public sealed class ContractsTests
{
    private static readonly System.Reflection.Assembly Contracts = typeof(EventStreamAttribute).Assembly;

    [Fact]
    public void Contracts_referencesOnlyTheBaseClassLibrary()
    {
        var others = Contracts.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(name => name != "netstandard" && !name.StartsWith("System.", StringComparison.Ordinal) && name != "System");

        ArchitectureAssert.None(others, "TalentPortal.Contracts may reference only the base class library");
    }

    [Fact]
    public void Contracts_usesOnlySystemTypesAndItsOwn()
    {
        // Only the types declared under TalentPortal.Contracts: for collection expressions the compiler adds helper
        // types of its own (<>z__ReadOnlyArray`1 and its nested types) outside any namespace.
        var result = Types.InAssembly(Contracts).That().ResideInNamespace("TalentPortal.Contracts.")
            .Should().OnlyHaveDependenciesOn("System", "TalentPortal.Contracts").GetResult();

        ArchitectureAssert.Kept(result, "TalentPortal.Contracts may use only System.* types and its own");
    }
}
