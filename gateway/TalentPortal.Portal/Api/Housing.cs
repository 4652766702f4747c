namespace TalentPortal.Portal.Api;

public sealed record ApartmentProject(Guid Id, string Code, string Name, string Street, string? Address, int Units, int AvailableUnits);

/// <summary>A place on the talent-apartment waiting list, with the offer it holds, if any.</summary>
public sealed record HousingApplication(
    Guid Id, Guid TalentId, string Status, Guid? PreferredProjectId, string? PreferredLayout, int BaseBand, int Band, int Penalties,
    DateTimeOffset AppliedAt, int? Position, ApartmentOffer? CurrentOffer, Guid? LeaseId, long Version)
{
    public bool IsOpen => Status is "Waiting" or "Offered";
}

public sealed record QueuePosition(Guid ApplicationId, string Status, int Band, int Penalties, int? Position, int QueueLength, ExpectedWait? ExpectedWait);

public sealed record ExpectedWait(bool Known, decimal? Weeks, int AllocationsInWindow, int WindowWeeks);

public sealed record ApartmentOffer(
    Guid Id, Guid ApplicationId, string ProjectName, string UnitNumber, string Street, decimal MonthlyRent, DateOnly? StartDate,
    DateTimeOffset RespondBy, string Status, Guid? LeaseId);

public sealed record Lease(
    Guid Id, string ProjectName, string UnitNumber, string Street, decimal MonthlyRent, IReadOnlyList<LeaseRentStep> RentSteps, DateOnly StartDate,
    DateOnly EndDate, string Status, DateOnly? MoveOutBy, DateOnly? MovedOutOn);

public sealed record LeaseRentStep(int LeaseYear, decimal DiscountPercent);

public sealed record RentSchedule(Guid LeaseId, decimal MonthlyRent, decimal Total, IReadOnlyList<RentMonth> Months);

public sealed record RentMonth(int Month, DateOnly From, DateOnly To, int LeaseYear, decimal DiscountPercent, decimal FullRent, decimal AmountDue);

public sealed record HousingApplicationRequest(Guid? PreferredProjectId, string? PreferredLayout);
