namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>One group: its dimension values (employer as id, origin as "outside"/"huzhou") and count; the series
/// (one entry per month of the period) sums to the count.</summary>
public sealed record IntakeGroup(IReadOnlyDictionary<IntakeDimension, string> Key, int Count, IReadOnlyList<int>? Months);
