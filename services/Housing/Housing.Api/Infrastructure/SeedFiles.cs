namespace TalentPortal.Housing.Infrastructure;

/// <summary>Where seed files are found: the configured path, else next to the binaries (copied at build), else the
/// checkout's seeds folder.</summary>
internal static class SeedFiles
{
    public static string Locate(string? configured, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "seeds", fileName);
        return File.Exists(beside) ? beside : Path.Combine(Directory.GetCurrentDirectory(), "seeds", fileName);
    }
}
