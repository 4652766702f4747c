using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Leases;

public sealed record LeaseResponse(
    Guid Id,
    Guid TalentId,
    Guid UnitId,
    string ProjectName,
    string UnitNumber,
    string Street,
    decimal MonthlyRent,
    IReadOnlyList<RentStepResponse> RentSteps,
    DateOnly StartDate,
    DateOnly EndDate,
    LeaseStatus Status,
    DateOnly? MoveOutBy,
    string? NoticeReason,
    DateOnly? MovedOutOn,
    string? EndReason,
    long Version,
    int PriorBenefitMonths = 0,
    DateTimeOffset? EndedAt = null)
{
    public static LeaseResponse From(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return new(lease.Id, lease.TalentId, lease.UnitId, lease.ProjectName, lease.UnitNumber, lease.Street, lease.MonthlyRent,
            [.. lease.RentSteps.Select(s => new RentStepResponse(s.LeaseYear, s.DiscountPercent))], lease.StartDate, lease.EndDate, lease.Status,
            lease.MoveOutBy, lease.NoticeReason, lease.MovedOutOn, lease.EndReason, lease.Version, lease.PriorBenefitMonths, lease.EndedAt);
    }
}
