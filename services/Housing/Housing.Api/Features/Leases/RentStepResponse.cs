namespace TalentPortal.Housing.Features.Leases;

public sealed record RentStepResponse(int LeaseYear, decimal DiscountPercent);
