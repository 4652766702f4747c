using System.Globalization;
using Microsoft.Extensions.Options;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Applications;
using TalentPortal.Housing.Features.Leases;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

public sealed record MakeOfferRequest(Guid? ApplicationId, Guid? UnitId, DateTimeOffset? RespondBy, string? StartDate, string? SkipReason) : IValidatableRequest
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

        errors.MaxLength("skipReason", SkipReason, 500);
        errors.PlainText("skipReason", SkipReason, multiline: true);
    }

    public DateOnly? Start =>
        DateOnly.TryParseExact(StartDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>An official covering the unit's street offers an available unit (or one whose tenant's move-out day has
/// passed) to a waiting application they can see whose preferences it matches. The talent gets between
/// Housing:Offers:MinimumResponseDays (3) and MaximumResponseDays (30) to answer; the lease may be set to start up to
/// MaximumStartDays (365) ahead. Offering the unit to anyone but the first waiting application that wants it needs a
/// skipReason, recorded with the number of applications passed over. The offer holds the unit and the application: a
/// second offer of either, even at the same moment, is a 409 (unique hold keys and optimistic versions).</summary>
public static class MakeOffer
{
    public static async Task<IResult> HandleAsync(
        MakeOfferRequest request, HttpContext http, IStore store, IOptions<HousingOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var now = time.GetUtcNow();
        var respondBy = request.RespondBy ?? now.AddDays(options.Value.OfferResponseDays);
        CheckDates(respondBy, request.Start, options.Value.Offers, now);
        var unit = await HousingAccess.LoadNamedAsync<ApartmentUnit>(
            store, request.UnitId!.Value, u => HousingAccess.CanManage(caller, u.Street), "unitId", "Unit", cancellationToken);
        var application = await HousingAccess.LoadNamedAsync<HousingApplication>(
            store, request.ApplicationId!.Value, a => HousingAccess.CanRead(caller, a), "applicationId", "Application", cancellationToken);
        unit = await MoveOuts.SettleAsync(store, unit, now, cancellationToken);
        if (await MoveOuts.RunningLeaseOfAsync(store, application.TalentId, now, cancellationToken) is not null)
        {
            throw new RuleViolationException("The talent already holds a running lease.", "AlreadyHoused");
        }

        var skip = await QueueSkipAsync(store, application, unit, request.SkipReason, cancellationToken);
        var offer = Offer.Make(application, unit, respondBy, request.Start, skip, caller.AccountId, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(offer);
        unitOfWork.Update(application);
        unitOfWork.Update(unit);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/offers/{offer.Id}", OfferResponse.From(offer, caller));
    }

    private static void CheckDates(DateTimeOffset respondBy, DateOnly? start, OfferWindows windows, DateTimeOffset now)
    {
        if (respondBy < now.AddDays(windows.MinimumResponseDays) || respondBy > now.AddDays(windows.MaximumResponseDays))
        {
            throw new InvalidFieldException(
                "respondBy", $"respondBy must lie {windows.MinimumResponseDays} to {windows.MaximumResponseDays} days ahead: a lapsed offer costs the talent a band.");
        }

        var today = Zone.Today(now);
        if (start is { } day && (day < today || day > today.AddDays(windows.MaximumStartDays)))
        {
            throw new InvalidFieldException(
                "startDate", $"startDate must lie between today ({today:yyyy-MM-dd}) and {today.AddDays(windows.MaximumStartDays):yyyy-MM-dd}.");
        }
    }

    /// <summary>How many waiting applications that want the unit come before <paramref name="application"/>; passing
    /// them over needs a reason.</summary>
    private static async Task<QueueSkip?> QueueSkipAsync(
        IStore store, HousingApplication application, ApartmentUnit unit, string? reason, CancellationToken cancellationToken)
    {
        if (application.Status != ApplicationStatus.Waiting || !application.Wants(unit))
        {
            return null;
        }

        var waiting = ApplicationStatus.Waiting;
        var queue = WaitingList.Order((await store.FindAsync<HousingApplication>(a => a.Status == waiting, cancellationToken: cancellationToken)).Where(a => a.Wants(unit)));
        var ahead = WaitingList.PositionOf(queue, application.Id) - 1;
        if (ahead <= 0)
        {
            return null;
        }

        return string.IsNullOrWhiteSpace(reason)
            ? throw new InvalidFieldException(
                "skipReason", $"skipReason is required: {ahead} waiting application(s) that want this unit come first (first in line: {queue[0].Id}).")
            : new QueueSkip(ahead, reason.Trim());
    }
}
