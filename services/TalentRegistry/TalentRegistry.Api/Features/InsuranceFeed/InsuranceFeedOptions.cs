namespace TalentPortal.TalentRegistry.Features.InsuranceFeed;

/// <summary>Limits of the social-insurance bureau's file (configuration section <c>InsuranceFeed</c>).</summary>
public sealed class InsuranceFeedOptions
{
    /// <summary>Largest file accepted (413 beyond it, for any body, with or without Content-Length).</summary>
    public long MaxFileBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most data rows in one file (413 beyond it); the file is recorded while the request waits.</summary>
    public int MaxRows { get; set; } = 50_000;

    /// <summary>Most bytes an .xlsx file may unzip to (400 beyond it, found before its rows are read).</summary>
    public long MaxUnzippedBytes { get; set; } = 128L * 1024 * 1024;
}
