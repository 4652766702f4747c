namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>A percentage added to the base amount when a condition holds (e.g. +10% for Huzhou-born returnees).</summary>
/// <param name="Id">Identifier of the uplift.</param>
/// <param name="Path">YAML path of the uplift.</param>
/// <param name="When">Condition.</param>
/// <param name="Percent">Percentage of the base amount.</param>
/// <param name="PaidWith">When it is paid.</param>
/// <param name="Clause">Source clause.</param>
public sealed record Uplift(string Id, string Path, CriterionNode When, decimal Percent, UpliftPayment PaidWith, string Clause);
