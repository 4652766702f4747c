using TalentPortal.Housing.Domain;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

/// <summary>Lapses pending offers whose deadline has passed: the unit is free again and the application goes back on
/// the list one band lower. Each offer commits on its own; one that changed meanwhile (accepted at the last second) is
/// left alone.</summary>
public sealed class OfferLapses(IStore store, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var pending = OfferStatus.Pending;
        var expired = await store.FindAsync<Offer>(o => o.Status == pending && o.RespondBy <= now, cancellationToken: cancellationToken);
        var lapsed = 0;
        foreach (var offer in expired)
        {
            try
            {
                await LapseAsync(store, offer, now, cancellationToken);
                lapsed++;
            }
            catch (ConcurrencyConflictException)
            {
                // Answered or lapsed concurrently.
            }
        }

        return lapsed;
    }

    /// <summary>Lapses one expired offer in its own unit of work.</summary>
    public static async Task LapseAsync(IStore store, Offer offer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(offer);
        var application = await store.GetAsync<HousingApplication>(offer.ApplicationId, cancellationToken)
            ?? throw new InvalidOperationException($"Offer {offer.Id} points at a missing application.");
        var unit = await store.GetAsync<ApartmentUnit>(offer.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Offer {offer.Id} points at a missing unit.");
        offer.Lapse(application, unit, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(offer);
        unitOfWork.Update(application);
        unitOfWork.Update(unit);
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
