namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>Limits of evidence documents (configuration section <c>Evidence</c>).</summary>
public sealed class EvidenceOptions
{
    /// <summary>Largest document accepted (413 beyond it, for any body, with or without Content-Length).</summary>
    public long MaxFileBytes { get; set; } = 5L * 1024 * 1024;
}
