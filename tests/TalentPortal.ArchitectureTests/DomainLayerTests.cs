using System.Reflection;
using NetArchTest.Rules;

namespace TalentPortal.ArchitectureTests;

/// <summary>In each service, <c>*.Domain</c> (aggregates and their rules) uses neither <c>*.Features</c> (endpoints and
/// handlers), <c>*.Infrastructure</c> (service wiring, seeding, workers, key handling) nor <c>*.Consumers</c>: those
/// use the domain, not the other way round.</summary>
public sealed class DomainLayerTests
{
    /// <summary>Domain types that use one named type outside Domain today. Each entry allows exactly that type and
    /// nothing else: any other use fails, and so does the same use from another domain type. Shrink this list; do not
    /// grow it.</summary>
    private static readonly (string DomainType, string Uses)[] Exceptions =
    [
        // Talent encrypts the national ID and phone it keeps with PersonalData (AES-GCM and keyed hash over the key that
        // Infrastructure loads). Moving PersonalData into Domain changes the usings of about twenty handlers and tests;
        // it is left to a change of its own.
        ("TalentPortal.TalentRegistry.Domain.Talent", "TalentPortal.TalentRegistry.Infrastructure.PersonalData"),
    ];

    public static TheoryData<string> ServiceNames => [.. Deployables.Services.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public void Domain_usesNoFeatureInfrastructureOrConsumer(string service)
    {
        var (assembly, root) = ServiceApi(service);
        var domain = root + ".Domain";
        var exempt = Exceptions.Where(e => InNamespace(e.DomainType, domain)).Select(e => SimpleName(e.DomainType)).ToArray();

        var domainTypes = Types.InAssembly(assembly).That().ResideInNamespace(domain + ".");
        var checkedTypes = exempt.Length > 0 ? domainTypes.And().DoNotHaveName(exempt) : domainTypes;

        var result = checkedTypes.ShouldNot().HaveDependencyOnAny(Outer(root)).GetResult();

        ArchitectureAssert.Kept(result, $"{domain} must not use {string.Join(", ", Outer(root))}");
    }

    [Fact]
    public void DomainExceptions_useOnlyTheTypeTheyAreAllowed()
    {
        foreach (var (domainType, uses) in Exceptions)
        {
            var service = Deployables.Services.Single(m => InNamespace(domainType, m.RootNamespace));
            var (assembly, root) = ServiceApi(service.Name);
            var forbidden = Outer(root).SelectMany(ns => TypesIn(assembly, ns)).Where(t => t != uses).ToArray();

            var result = TheType(assembly, domainType).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

            ArchitectureAssert.Kept(result, $"{domainType} may use {uses} and nothing else outside Domain");
        }
    }

    // An exception that is no longer needed fails here, so the list shrinks as the code is fixed.
    [Fact]
    public void DomainExceptions_areStillNeeded()
    {
        foreach (var (domainType, uses) in Exceptions)
        {
            var assembly = ServiceApi(Deployables.Services.Single(m => InNamespace(domainType, m.RootNamespace)).Name).Assembly;

            var result = TheType(assembly, domainType).Should().HaveDependencyOn(uses).GetResult();

            Assert.NotEmpty(TheType(assembly, domainType).GetTypes());
            Assert.True(result.IsSuccessful, $"{domainType} no longer uses {uses}: remove it from the exceptions");
        }
    }

    private static PredicateList TheType(Assembly assembly, string fullName) =>
        Types.InAssembly(assembly).That().ResideInNamespace(Namespace(fullName)).And().HaveName(SimpleName(fullName));

    private static string[] Outer(string root) => [root + ".Features", root + ".Infrastructure", root + ".Consumers"];

    /// <summary>The service's Api assembly (the one that holds Domain) and its root namespace.</summary>
    private static (Assembly Assembly, string Root) ServiceApi(string service)
    {
        var deployable = Deployables.Named(service);
        return (deployable.Assemblies.Single(a => a.GetName().Name!.EndsWith(".Api", StringComparison.Ordinal)), deployable.RootNamespace);
    }

    /// <summary>Full names of the top-level types in <paramref name="ns"/> and below (a dependency on a nested type
    /// matches its parent's name).</summary>
    private static IEnumerable<string> TypesIn(Assembly assembly, string ns) =>
        assembly.GetTypes().Where(t => !t.IsNested && (t.Namespace == ns || (t.Namespace is { } n && InNamespace(n, ns)))).Select(t => t.FullName!);

    private static bool InNamespace(string fullName, string ns) => fullName.StartsWith(ns + ".", StringComparison.Ordinal);

    private static string Namespace(string fullName) => fullName[..fullName.LastIndexOf('.')];

    private static string SimpleName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];
}
