namespace TalentPortal.PolicyMatching.Features.Facts;

/// <summary>Where one fact's value comes from: the source (SelfDeclared, EmployerAttested, OfficialVerified, Registry),
/// who supplied or verified it, when, and the documents it rests on.</summary>
public sealed record FactProvenanceResponse(string Source, string By, DateTimeOffset At, IReadOnlyList<Guid> EvidenceIds);
