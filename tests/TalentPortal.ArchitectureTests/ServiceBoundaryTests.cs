using System.Xml.Linq;
using NetArchTest.Rules;
using TalentPortal.Testing;

namespace TalentPortal.ArchitectureTests;

/// <summary>No service uses another service, the gateway or the portal, and neither of those uses a service: they
/// talk over HTTP and the broker only, through TalentPortal.Contracts.</summary>
public sealed class ServiceBoundaryTests
{
    public static TheoryData<string> Names => [.. Deployables.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Deployable_usesNoTypeOfAnother(string name)
    {
        var deployable = Deployables.Named(name);
        var others = Others(deployable).Select(o => o.RootNamespace).ToArray();

        var result = Types.InAssemblies(deployable.Assemblies).ShouldNot().HaveDependencyOnAny(others).GetResult();

        ArchitectureAssert.Kept(result, $"{deployable} must not use types of {string.Join(", ", others)}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Deployable_referencesNoAssemblyOfAnother(string name)
    {
        var deployable = Deployables.Named(name);
        var forbidden = Others(deployable).SelectMany(o => o.AssemblyNames).ToHashSet(StringComparer.Ordinal);

        var crossing = deployable.Assemblies
            .SelectMany(a => a.GetReferencedAssemblies().Where(r => forbidden.Contains(r.Name!)).Select(r => $"{a.GetName().Name} -> {r.Name}"));

        ArchitectureAssert.None(crossing, $"{deployable} must not reference the assemblies of another service, the gateway or the portal");
    }

    // The compiler records an assembly reference only for an assembly whose types are used; the project reference
    // alone already ships the other deployable's code with this one.
    [Theory]
    [MemberData(nameof(Names))]
    public void Deployable_projectReferencesNoProjectOfAnother(string name)
    {
        var deployable = Deployables.Named(name);
        var forbidden = Others(deployable).SelectMany(o => o.Projects).Select(FullPath).ToHashSet(StringComparer.Ordinal);

        var crossing = deployable.Projects.Select(FullPath).SelectMany(ReachableProjects).Where(forbidden.Contains)
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p)).Distinct();

        ArchitectureAssert.None(crossing, $"{deployable} must not reach the projects of another service, the gateway or the portal");
    }

    private static IEnumerable<Deployable> Others(Deployable deployable) => Deployables.All.Where(m => m != deployable);

    private static string FullPath(string relative) => Path.GetFullPath(RepositoryPaths.Combine(relative));

    /// <summary>Every project <paramref name="project"/> references, directly or through others.</summary>
    private static HashSet<string> ReachableProjects(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            var directory = Path.GetDirectoryName(current)!;
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var path = Path.GetFullPath(Path.Combine(directory, ((string)reference.Attribute("Include")!).Replace('\\', '/')));
                if (seen.Add(path))
                {
                    pending.Push(path);
                }
            }
        }

        return seen;
    }
}
