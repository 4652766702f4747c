using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Apartments;

public sealed record ReviseUnitRequest(string? Layout, decimal? Area, decimal? MonthlyRent, bool Withdrawn, long? Version) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        UnitInput.Validate(errors, Layout, Area, MonthlyRent);
        errors.Required("version", Version);
        errors.Range("version", Version, 1, long.MaxValue);
    }
}

/// <summary>An official changes a unit's layout, area or rent (running leases keep their rent), or withdraws it from
/// letting (only while it is not offered or let). A stale version is a 409.</summary>
public static class ReviseUnit
{
    public static async Task<IResult> HandleAsync(Guid id, ReviseUnitRequest request, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var unit = await HousingAccess.LoadUnitAsync(store, Caller.From(http.User), id, cancellationToken);
        if (unit.Version != request.Version)
        {
            throw new ConcurrencyConflictException("apartment_units", unit.Id, request.Version!.Value);
        }

        unit.Revise(EnumText.ParseOrNull<UnitLayout>(request.Layout)!.Value, request.Area!.Value, request.MonthlyRent!.Value, request.Withdrawn);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(unit);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(UnitResponse.From(unit));
    }
}
