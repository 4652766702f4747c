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
    }

    public DateOnly? Date =>
        DateOnly.TryParseExact(MoveOutDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>Records the move-out (the tenant or an official covering the street): the lease ends on that day, the
/// unit is free again, the talent may apply anew; LeaseEnded goes out.</summary>
public static class MoveOut
{
    public static async Task<IResult> HandleAsync(Guid id, MoveOutRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var lease = await LeaseLookup.ReadableAsync(store, caller, id, cancellationToken);
        if (!caller.IsGraduate)
        {
            HousingAccess.RequireStaff(caller);
        }

        var unit = await store.GetAsync<ApartmentUnit>(lease.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Lease {id} points at a missing unit.");
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? (lease.NoticeReason ?? "moved out") : request.Reason.Trim();
        lease.MoveOut(unit, request.Date!.Value, reason, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(lease);
        unitOfWork.Update(unit);
        unitOfWork.Publish(lease.ToEndedEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(LeaseResponse.From(lease));
    }
}
