namespace TalentPortal.Testing;

/// <summary>Finds the checkout's root (the folder holding TalentPortal.sln) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TalentPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
