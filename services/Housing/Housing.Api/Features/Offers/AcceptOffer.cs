using Microsoft.Extensions.Options;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.Leases;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

/// <summary>The talent accepts their pending offer before its deadline: a lease starts (today, or the offer's later
/// start date) for the term limit with the benefit's stepped rent, continuing after the months of the benefit the
/// person used in earlier leases; the benefit is used up. ApartmentAllocated and LeaseStarted go out with it. The
/// lease holds the unit and the tenant through unique keys, so concurrent accepts cannot let a unit twice or give a
/// talent two leases.</summary>
public static class AcceptOffer
{
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext http, IStore store, IOptions<HousingOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (offer, application, unit) = await PendingOffer.LoadAsync(store, Caller.From(http.User), id, now, cancellationToken);
        if (offer.Status == OfferStatus.Pending && await MoveOuts.RunningLeaseOfAsync(store, offer.TalentId, now, cancellationToken) is not null)
        {
            throw new RuleViolationException("You already hold a running lease.", "AlreadyHoused");
        }

        var entitlement = await store.GetAsync<ApartmentEntitlement>(application.EntitlementId, cancellationToken)
            ?? throw new InvalidOperationException($"Application {application.Id} points at a missing entitlement.");
        var personKey = application.PersonKey;
        var earlier = await store.FindAsync<Lease>(l => l.PersonKey == personKey, cancellationToken: cancellationToken);
        var priorMonths = earlier.Where(l => l.Status == LeaseStatus.Ended).Select(l => l.BenefitMonthsUsed).DefaultIfEmpty(0).Max();
        var lease = offer.Accept(application, unit, entitlement, priorMonths, options.Value.LeaseTermYears, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(offer);
        unitOfWork.Update(application);
        unitOfWork.Update(unit);
        unitOfWork.Update(entitlement);
        unitOfWork.Insert(lease);
        unitOfWork.Publish(lease.ToAllocatedEvent(offer));
        unitOfWork.Publish(lease.ToStartedEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/housing/leases/{lease.Id}", LeaseResponse.From(lease));
    }
}
