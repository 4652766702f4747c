namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>How a benefit is granted.</summary>
public enum BenefitKind
{
    /// <summary>One payment.</summary>
    OneOff,

    /// <summary>The same amount every month for a number of months.</summary>
    Monthly,

    /// <summary>The total paid in dated instalments by percentage (e.g. 40/40/20 yearly).</summary>
    Instalments,

    /// <summary>A place in a talent apartment at a stepped rent discount (in kind, no money).</summary>
    TalentApartment,

    /// <summary>Screened by the engine, decided by officials up to a ceiling.</summary>
    CaseByCase,
}

/// <summary>When an uplift is paid.</summary>
public enum UpliftPayment
{
    /// <summary>All of it with the last instalment.</summary>
    LastInstalment,

    /// <summary>Spread over the instalments by their percentages.</summary>
    ProRata,
}

/// <summary>The benefit schedule of a policy version.</summary>
/// <param name="Kind">How it is granted.</param>
/// <param name="Amounts">Amount table; the highest row whose condition holds applies.</param>
/// <param name="Uplifts">Percentage uplifts on the base amount.</param>
/// <param name="Instalments">Instalments for <see cref="BenefitKind.Instalments"/>; percentages sum to 100.</param>
/// <param name="RentSteps">Rent discounts by lease year for <see cref="BenefitKind.TalentApartment"/>.</param>
/// <param name="UpTo">Ceiling for <see cref="BenefitKind.CaseByCase"/>, in yuan.</param>
public sealed record BenefitRule(
    BenefitKind Kind,
    IReadOnlyList<AmountRow> Amounts,
    IReadOnlyList<Uplift> Uplifts,
    IReadOnlyList<Instalment> Instalments,
    IReadOnlyList<RentStep> RentSteps,
    decimal? UpTo);

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

/// <summary>A percentage added to the base amount when a condition holds (e.g. +10% for Huzhou-born returnees).</summary>
/// <param name="Id">Identifier of the uplift.</param>
/// <param name="Path">YAML path of the uplift.</param>
/// <param name="When">Condition.</param>
/// <param name="Percent">Percentage of the base amount.</param>
/// <param name="PaidWith">When it is paid.</param>
/// <param name="Clause">Source clause.</param>
public sealed record Uplift(string Id, string Path, CriterionNode When, decimal Percent, UpliftPayment PaidWith, string Clause);

/// <summary>One instalment of an instalment schedule.</summary>
/// <param name="Percent">Share of the base amount.</param>
/// <param name="AfterMonths">Due this many months after the start date.</param>
public sealed record Instalment(decimal Percent, int AfterMonths);

/// <summary>The rent discount in one year of a talent-apartment lease (100 = rent-free).</summary>
/// <param name="Year">Lease year, from 1.</param>
/// <param name="DiscountPercent">Discount on the unit's rent.</param>
public sealed record RentStep(int Year, decimal DiscountPercent);
