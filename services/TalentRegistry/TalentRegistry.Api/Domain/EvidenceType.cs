namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A type of evidence document accepted: its content type and the extension of the stored name.</summary>
public sealed record EvidenceType(string ContentType, string Extension);
