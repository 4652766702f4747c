using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>A graduate's own applications; for officials the waiting list in order (open applications with positions).</summary>
public static class ListApplications
{
    public static async Task<IResult> HandleAsync(HttpContext http, IStore store, WaitingList waitingList, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var ordered = await waitingList.OrderedAsync(cancellationToken);
        if (caller.IsOfficial || caller.IsAdmin)
        {
            // Positions stay zone-wide; a street official sees the applications that could be housed in their street.
            var visible = new List<(HousingApplication Application, int Position)>();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (await ApplicationLookup.CoversAsync(store, caller, ordered[i], cancellationToken))
                {
                    visible.Add((ordered[i], i + 1));
                }
            }

            var offers = await OffersOfAsync(store, visible.Select(v => v.Application), cancellationToken);
            return TypedResults.Ok(visible.Select(v => ApplicationResponse.From(v.Application, v.Position, offers.GetValueOrDefault(v.Application.Id))).ToList());
        }

        if (!caller.IsGraduate || caller.TalentId is not { } talentId)
        {
            throw ProblemException.Forbidden("Only graduates (their own) and officials see applications.");
        }

        var own = await store.FindAsync<HousingApplication>(a => a.TalentId == talentId, cancellationToken: cancellationToken);
        var ownOffers = await OffersOfAsync(store, own, cancellationToken);
        return TypedResults.Ok(own.OrderByDescending(a => a.AppliedAt)
            .Select(a => ApplicationResponse.From(a, a.IsOpen ? WaitingList.PositionOf(ordered, a.Id) : null, ownOffers.GetValueOrDefault(a.Id)))
            .ToList());
    }

    private static async Task<Dictionary<Guid, Offer>> OffersOfAsync(IStore store, IEnumerable<HousingApplication> applications, CancellationToken cancellationToken)
    {
        var offers = new Dictionary<Guid, Offer>();
        foreach (var application in applications)
        {
            if (application.CurrentOfferId is { } offerId && await store.GetAsync<Offer>(offerId, cancellationToken) is { } offer)
            {
                offers[application.Id] = offer;
            }
        }

        return offers;
    }
}
