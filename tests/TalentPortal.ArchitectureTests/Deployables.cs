using System.Reflection;

namespace TalentPortal.ArchitectureTests;

/// <summary>A part of the system that is built and deployed on its own: the root namespace its code lives under, the
/// assemblies it builds and their projects (relative to the repository root).</summary>
public sealed record Deployable(string Name, string RootNamespace, IReadOnlyList<string> AssemblyNames, IReadOnlyList<string> Projects)
{
    public IReadOnlyList<Assembly> Assemblies => [.. AssemblyNames.Select(name => Assembly.Load(new AssemblyName(name)))];

    public override string ToString() => Name;
}

/// <summary>The services, the gateway and the portal: none of them may use another.</summary>
public static class Deployables
{
    public static Deployable TalentRegistry { get; } = new(
        "TalentRegistry", "TalentPortal.TalentRegistry", ["TalentRegistry.Api"], ["services/TalentRegistry/TalentRegistry.Api/TalentRegistry.Api.csproj"]);

    // The rules engine belongs to the PolicyMatching service: its Api may use it, no other deployable may use it.
    public static Deployable PolicyMatching { get; } = new(
        "PolicyMatching",
        "TalentPortal.PolicyMatching",
        ["PolicyMatching.Api", "TalentPortal.PolicyMatching.Rules"],
        ["services/PolicyMatching/PolicyMatching.Api/PolicyMatching.Api.csproj", "services/PolicyMatching/PolicyMatching.Rules/PolicyMatching.Rules.csproj"]);

    public static Deployable Housing { get; } = new(
        "Housing", "TalentPortal.Housing", ["Housing.Api"], ["services/Housing/Housing.Api/Housing.Api.csproj"]);

    public static Deployable Gateway { get; } = new(
        "Gateway", "TalentPortal.Gateway", ["TalentPortal.Gateway"], ["gateway/TalentPortal.Gateway/TalentPortal.Gateway.csproj"]);

    public static Deployable Portal { get; } = new(
        "Portal", "TalentPortal.Portal", ["TalentPortal.Portal"], ["gateway/TalentPortal.Portal/TalentPortal.Portal.csproj"]);

    public static IReadOnlyList<Deployable> Services { get; } = [TalentRegistry, PolicyMatching, Housing];

    public static IReadOnlyList<Deployable> All { get; } = [.. Services, Gateway, Portal];

    public static Deployable Named(string name) => All.Single(m => m.Name == name);
}
