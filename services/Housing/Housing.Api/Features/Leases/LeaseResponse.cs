using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Leases;

public sealed record RentStepResponse(int LeaseYear, decimal DiscountPercent);

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

/// <summary>The rent schedule; <c>priorBenefitMonths</c> are the months of the benefit the person used in earlier leases,
/// so the discount of month n is that of benefit year ⌈(n + priorBenefitMonths) / 12⌉ (each month's <c>benefitYear</c>).</summary>
public sealed record RentScheduleResponse(Guid LeaseId, decimal MonthlyRent, string Rounding, decimal Total, IReadOnlyList<RentInstalment> Months, int PriorBenefitMonths);
