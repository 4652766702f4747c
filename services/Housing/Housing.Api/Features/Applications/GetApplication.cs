using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>One application with its current offer and, while open, its position.</summary>
public static class GetApplication
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, WaitingList waitingList, CancellationToken cancellationToken)
    {
        var application = await HousingAccess.LoadApplicationAsync(store, Caller.From(http.User), id, cancellationToken);
        var offer = application.CurrentOfferId is { } offerId ? await store.GetAsync<Offer>(offerId, cancellationToken) : null;
        int? position = application.IsOpen ? WaitingList.PositionOf(await waitingList.OrderedAsync(cancellationToken), id) : null;
        return TypedResults.Ok(ApplicationResponse.From(application, position, offer));
    }
}
