namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>The fields of an evidence upload as sent: the document's bytes and the name it was uploaded under, and the
/// text fields <c>fact</c> and <c>applicationId</c>; each null when absent.</summary>
public sealed record EvidenceForm(string? Fact, string? ApplicationId, string? FileName, byte[]? Content);
