namespace TalentPortal.TalentRegistry.Features.Talents;

/// <summary>Social insurance as the bureau's feed shows it, as of <c>asOfMonth</c>, beside the months HR declared on the
/// current employment when the feed came (<c>differs</c> when they are not the feed's total).</summary>
public sealed record InsuranceResponse(int Months, int ContinuousMonths, int MonthsLast12, string AsOfMonth, int? DeclaredMonths, bool Differs);
