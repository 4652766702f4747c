using System.Reflection;
using NetArchTest.Rules;

namespace TalentPortal.ArchitectureTests;

/// <summary>The rules engine (PolicyMatching.Rules) loads, compiles and evaluates policies and nothing else: no web,
/// storage or messaging framework, and not the building blocks that bring them (Storage, ServiceDefaults). The
/// PolicyMatching Api is where it meets HTTP, the store and the broker.</summary>
public sealed class RulesEngineTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.AspNetCore",
        "LiteDB",
        "MongoDB",
        "MassTransit",
        "RabbitMQ",
        "TalentPortal.Storage",
        "TalentPortal.ServiceDefaults",
    ];

    private static readonly Assembly Engine = Assembly.Load(new AssemblyName("TalentPortal.PolicyMatching.Rules"));

    [Fact]
    public void RulesEngine_usesNoWebStorageOrMessagingType()
    {
        var result = Types.InAssembly(Engine).ShouldNot().HaveDependencyOnAny(Forbidden).GetResult();

        ArchitectureAssert.Kept(result, $"the rules engine must not use {string.Join(", ", Forbidden)}");
    }

    [Fact]
    public void RulesEngine_referencesNoWebStorageOrMessagingAssembly()
    {
        var referenced = Engine.GetReferencedAssemblies().Select(r => r.Name!)
            .Where(name => Forbidden.Any(f => name == f || name.StartsWith(f + ".", StringComparison.Ordinal)));

        ArchitectureAssert.None(referenced, "the rules engine must not reference a web, storage or messaging assembly");
    }
}
