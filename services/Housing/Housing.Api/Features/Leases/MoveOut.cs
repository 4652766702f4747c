using System.Globalization;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Leases;

public sealed record MoveOutRequest(string? MoveOutDate, string? Reason) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Date is null)
        {
            errors.Add("moveOutDate", "moveOutDate is required, as yyyy-MM-dd.");
        }

        errors.MaxLength("reason", Reason, 200);
        errors.PlainText("reason", Reason);
    }

    public DateOnly? Date =>
        DateOnly.TryParseExact(MoveOutDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>Records the move-out day (the tenant: today or later; an official covering the street: also an earlier
/// day, with a reason). The lease is MovingOut and keeps the unit until that day has passed; then it ends, the unit is
/// free, the talent may apply anew and LeaseEnded goes out (at once for a day already past).</summary>
public static class MoveOut
{
    public static async Task<IResult> HandleAsync(Guid id, MoveOutRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var lease = await HousingAccess.LoadLeaseAsync(store, caller, id, cancellationToken);
        var now = time.GetUtcNow();
        var today = Zone.Today(now);
        lease.RecordMoveOut(request.Date!.Value, request.Reason, HousingAccess.IsStaff(caller), caller.AccountId, today, now);
        var unit = await store.GetAsync<ApartmentUnit>(lease.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Lease {id} points at a missing unit.");
        var unitOfWork = store.BeginUnitOfWork();
        if (lease.EndIfDue(unit, today, now))
        {
            unitOfWork.Update(unit);
            unitOfWork.Publish(lease.ToEndedEvent());
        }

        unitOfWork.Update(lease);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(LeaseResponse.From(lease));
    }
}
