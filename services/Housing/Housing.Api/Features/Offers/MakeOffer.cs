using System.Globalization;
using Microsoft.Extensions.Options;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

public sealed record MakeOfferRequest(Guid? ApplicationId, Guid? UnitId, DateTimeOffset? RespondBy, string? StartDate) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Required("applicationId", ApplicationId);
        errors.Required("unitId", UnitId);
        if (StartDate is not null && Start is null)
        {
            errors.Add("startDate", "startDate must be yyyy-MM-dd.");
        }
    }

    public DateOnly? Start =>
        DateOnly.TryParseExact(StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>An official covering the unit's street offers an available unit to a waiting application whose
/// preferences it matches. The offer holds the unit and the application: a second offer of either, even at the same
/// moment, is a 409 (unique hold keys and optimistic versions in the store).</summary>
public static class MakeOffer
{
    public static async Task<IResult> HandleAsync(
        MakeOfferRequest request, HttpContext http, IStore store, IOptions<HousingOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        HousingAccess.RequireStaff(caller);
        var unit = await store.GetAsync<ApartmentUnit>(request.UnitId!.Value, cancellationToken)
            ?? throw new InvalidFieldException("unitId", $"Unit {request.UnitId} does not exist.");
        HousingAccess.RequireStreet(caller, unit.Street);
        var application = await store.GetAsync<HousingApplication>(request.ApplicationId!.Value, cancellationToken)
            ?? throw new InvalidFieldException("applicationId", $"Application {request.ApplicationId} does not exist.");
        var tenantKey = Lease.TenantKeyOf(application.TalentId);
        if (await store.CountAsync<Lease>(l => l.TenantKey == tenantKey, cancellationToken) > 0)
        {
            throw new RuleViolationException("The talent already holds a running lease.", "AlreadyHoused");
        }

        var now = time.GetUtcNow();
        var respondBy = request.RespondBy ?? now.AddDays(options.Value.OfferResponseDays);
        var offer = Offer.Make(application, unit, respondBy, request.Start, caller.AccountId, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(offer);
        unitOfWork.Update(application);
        unitOfWork.Update(unit);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/offers/{offer.Id}", OfferResponse.From(offer));
    }
}
