namespace TalentPortal.Contracts.PolicyMatching;

/// <summary>The discount off the monthly rent (percent, 0–100) in one year of a talent-apartment lease (year 1 = the
/// first twelve months).</summary>
public sealed record RentStepInfo(int LeaseYear, decimal DiscountPercent);
