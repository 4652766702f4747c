namespace TalentPortal.Housing.Domain;

/// <summary>A document attached by reference (the file itself lives elsewhere).</summary>
public sealed class RequestAttachment
{
    public string FileName { get; init; } = "";
    public long Size { get; init; }
    public string Sha256 { get; init; } = "";
}
