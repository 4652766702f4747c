namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>Who uploaded a document: the role, and the account for officials and admins only.</summary>
public sealed record EvidenceUploader(string Role, string? AccountId);
