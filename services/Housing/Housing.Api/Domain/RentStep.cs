namespace TalentPortal.Housing.Domain;

/// <summary>Percent off the monthly rent in one lease year.</summary>
public sealed class RentStep
{
    public int LeaseYear { get; init; }
    public decimal DiscountPercent { get; init; }
}
