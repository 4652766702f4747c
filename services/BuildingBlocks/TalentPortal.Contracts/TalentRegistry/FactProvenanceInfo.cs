namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>Where a fact's current value comes from, as carried in talent-registry events and answers.
/// <paramref name="Source"/> is one of <see cref="FactSources"/>; <paramref name="By"/> the account (or feed) that
/// supplied or verified the value; <paramref name="At"/> when; <paramref name="EvidenceIds"/> the documents it rests on;
/// <paramref name="Reference"/> the verification's own reference when recorded (a degree's 学信网 verification code and
/// report date).</summary>
public sealed record FactProvenanceInfo(string Source, string By, DateTimeOffset At, IReadOnlyList<Guid> EvidenceIds, string? Reference = null);
