namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>Finds the repository root by walking up from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Policies => Path.Combine(Root, "seeds", "policies");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentPortal.sln")) || File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TalentPortal.sln or Directory.Build.props above {AppContext.BaseDirectory}.");
    }
}
