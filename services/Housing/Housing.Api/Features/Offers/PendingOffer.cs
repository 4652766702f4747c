using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

/// <summary>The offer a talent answers, with the application and unit the answer changes.</summary>
public sealed record PendingOffer(Offer Offer, HousingApplication Application, ApartmentUnit Unit)
{
    /// <summary>Loads the caller's own offer (404, then 403 for anyone else's); one past its deadline is lapsed
    /// (committed) and reported as a 409.</summary>
    public static async Task<PendingOffer> LoadAsync(IStore store, Caller caller, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var offer = await HousingAccess.LoadOfferAsync(store, caller, id, HousingAccess.CanAnswer, cancellationToken);
        if (offer.IsExpired(now))
        {
            await OfferLapses.LapseAsync(store, offer, now, cancellationToken);
            throw new IllegalStateException($"Offer {id}", "answered", offer.Status.ToString());
        }

        var application = await store.GetAsync<HousingApplication>(offer.ApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"Offer {id} points at a missing application.");
        var unit = await store.GetAsync<ApartmentUnit>(offer.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Offer {id} points at a missing unit.");
        return new PendingOffer(offer, application, unit);
    }
}
