namespace TalentPortal.PolicyMatching.Rules.Policies;

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
