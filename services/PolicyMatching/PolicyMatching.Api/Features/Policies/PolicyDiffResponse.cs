namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>The counts and the changes in the caller's scope (their street, or the zone).</summary>
public sealed record PolicyDiffResponse(
    string PolicyCode, DateOnly AsOf, int TalentsEvaluated, int Gains, int Losses, int AmountChanges, decimal MoneyBefore, decimal MoneyAfter,
    IReadOnlyList<DiffEntry> Changes);
