namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>The policy text a decision used: its stored document, the version evaluated and the sha256 of the YAML.</summary>
public sealed record ReceiptPolicy(Guid DocumentId, string VersionId, string Sha256);
