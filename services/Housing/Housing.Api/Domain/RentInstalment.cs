namespace TalentPortal.Housing.Domain;

/// <summary>One month of rent: the period it covers, the lease year, the benefit year whose discount applies (the lease
/// year unless earlier leases used part of the benefit), that discount and the amount due.</summary>
public sealed record RentInstalment(
    int Month, DateOnly From, DateOnly To, int LeaseYear, decimal DiscountPercent, decimal FullRent, decimal AmountDue, int BenefitYear);
