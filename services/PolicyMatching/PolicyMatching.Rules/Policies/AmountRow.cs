namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>One row of an amount table.</summary>
/// <param name="Id">Identifier of the row.</param>
/// <param name="Path">YAML path of the row.</param>
/// <param name="When">Condition; null means always.</param>
/// <param name="Amount">Amount in yuan (per month for <see cref="BenefitKind.Monthly"/>).</param>
/// <param name="Months">Number of monthly payments (only for <see cref="BenefitKind.Monthly"/>).</param>
/// <param name="Clause">Source clause of the figure.</param>
public sealed record AmountRow(string Id, string Path, CriterionNode? When, decimal Amount, int Months, string Clause)
{
    /// <summary>The total this row grants.</summary>
    public decimal Total => Months > 0 ? Amount * Months : Amount;
}
