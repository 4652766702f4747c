using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

/// <summary>Loading offers with their application and unit, for reading and for the talent's answer.</summary>
public static class OfferLookup
{
    public static async Task<Offer> ReadableAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var offer = await store.GetAsync<Offer>(id, cancellationToken) ?? throw ProblemException.NotFound($"Offer {id} does not exist.");
        return HousingAccess.CanRead(caller, offer.TalentId, offer.Street) ? offer : throw ProblemException.Forbidden("You may not read this offer.");
    }

    /// <summary>The talent's own pending offer with what answering it changes; an offer past its deadline is lapsed
    /// (committed) and reported as a 409.</summary>
    public static async Task<(Offer Offer, HousingApplication Application, ApartmentUnit Unit)> AnswerableAsync(
        IStore store, Caller caller, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var talentId = HousingAccess.RequireGraduate(caller);
        var offer = await store.GetAsync<Offer>(id, cancellationToken) ?? throw ProblemException.NotFound($"Offer {id} does not exist.");
        if (offer.TalentId != talentId)
        {
            throw ProblemException.Forbidden("Only the talent it was made to may answer this offer.");
        }

        if (offer.IsExpired(now))
        {
            await OfferLapses.LapseAsync(store, offer, now, cancellationToken);
            throw new IllegalStateException($"Offer {id}", "answered", offer.Status.ToString());
        }

        var application = await store.GetAsync<HousingApplication>(offer.ApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"Offer {id} points at a missing application.");
        var unit = await store.GetAsync<ApartmentUnit>(offer.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Offer {id} points at a missing unit.");
        return (offer, application, unit);
    }
}
