namespace TalentPortal.PolicyMatching.Rules.Evaluation;

/// <summary>
/// One slot of the fast trace buffer: the verdict of one node of the compiled program and the
/// raw value read (a number, an enum value, 0/1, or a date's day number; 0 when not applicable).
/// </summary>
/// <param name="Verdict">Verdict of the node.</param>
/// <param name="Actual">Raw value the node compared.</param>
public readonly record struct CriterionOutcome(Verdict Verdict, long Actual);
