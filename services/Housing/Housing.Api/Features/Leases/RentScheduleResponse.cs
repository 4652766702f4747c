using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Leases;

/// <summary>The rent schedule; <c>priorBenefitMonths</c> are the months of the benefit the person used in earlier leases,
/// so the discount of month n is that of benefit year ⌈(n + priorBenefitMonths) / 12⌉ (each month's <c>benefitYear</c>).</summary>
public sealed record RentScheduleResponse(Guid LeaseId, decimal MonthlyRent, string Rounding, decimal Total, IReadOnlyList<RentInstalment> Months, int PriorBenefitMonths);
