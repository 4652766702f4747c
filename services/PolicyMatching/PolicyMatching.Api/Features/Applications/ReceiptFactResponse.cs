using TalentPortal.PolicyMatching.Rules;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>One input fact as the evaluation read it: its value as text (null when unknown; dates yyyy-MM-dd, degrees
/// as Doctorate…) and where it came from (source, by, at, evidence ids).</summary>
public sealed record ReceiptFactResponse(
    string Key, LocalizedText Name, string? Value, string Source, string By, DateTimeOffset? At, IReadOnlyList<Guid> EvidenceIds, string? Reference);
