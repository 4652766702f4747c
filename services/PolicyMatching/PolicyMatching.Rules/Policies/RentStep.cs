namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>The rent discount in one year of a talent-apartment lease (100 = rent-free).</summary>
/// <param name="Year">Lease year, from 1.</param>
/// <param name="DiscountPercent">Discount on the unit's rent.</param>
public sealed record RentStep(int Year, decimal DiscountPercent);
