namespace TalentPortal.TalentRegistry.Domain;

/// <summary>The document types evidence may be, recognised by their first bytes: a declared content type or a file name
/// says nothing about what a file is.</summary>
public static class EvidenceTypes
{
    public static readonly EvidenceType Pdf = new("application/pdf", "pdf");
    public static readonly EvidenceType Jpeg = new("image/jpeg", "jpg");
    public static readonly EvidenceType Png = new("image/png", "png");

    public static EvidenceType? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? Pdf
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? Jpeg
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? Png
        : null;
}
