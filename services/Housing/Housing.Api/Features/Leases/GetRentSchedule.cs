using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Leases;

/// <summary>The lease's monthly rent with the stepped discount (see <see cref="RentSchedule"/> for the rounding rule).</summary>
public static class GetRentSchedule
{
    public const string Rounding = "per month, to 0.01 yuan, half away from zero; a month cut short by the move-out or the term end is pro rata by days";

    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var lease = await HousingAccess.LoadLeaseAsync(store, Caller.From(http.User), id, cancellationToken);
        var months = RentSchedule.For(lease);
        return TypedResults.Ok(new RentScheduleResponse(lease.Id, lease.MonthlyRent, Rounding, months.Sum(m => m.AmountDue), months, lease.PriorBenefitMonths));
    }
}
