namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>Rent discount for one lease year of a talent apartment.</summary>
public sealed class PlannedRentStep
{
    public int LeaseYear { get; set; }
    public decimal DiscountPercent { get; set; }
}
