namespace TalentPortal.TalentRegistry.Features.Verifications;

/// <summary>An evidence document as the verification queue lists it; its bytes are at <c>/api/evidence/{id}/content</c>.</summary>
public sealed record EvidenceSummary(Guid Id, string FileName, string ContentType, long Size);
