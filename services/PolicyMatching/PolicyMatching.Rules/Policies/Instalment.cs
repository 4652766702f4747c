namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>One instalment of an instalment schedule.</summary>
/// <param name="Percent">Share of the base amount.</param>
/// <param name="AfterMonths">Due this many months after the start date.</param>
public sealed record Instalment(decimal Percent, int AfterMonths);
