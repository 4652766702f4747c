namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>Where a fact's value comes from: <c>source</c> (SelfDeclared, EmployerAttested, OfficialVerified,
/// Registry), <c>at</c>, <c>evidenceIds</c>; <c>by</c> (the account) for officials and admins only; <c>rejected</c>
/// when an official refused a declared value that had no verified value to return to; <c>reference</c> the
/// verification's reference (a degree's 学信网 verification code and report date) when one was recorded.</summary>
public sealed record FactProvenanceResponse(string Source, string? By, DateTimeOffset At, IReadOnlyList<Guid> EvidenceIds, bool Rejected, string? Reference);
