namespace TalentPortal.TalentRegistry.Domain;

/// <summary>An evidence document attached to a verification, as the officials' queue lists it.</summary>
public sealed class EvidenceRef
{
    public Guid Id { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
}
