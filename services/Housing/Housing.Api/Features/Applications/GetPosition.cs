using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>Where the application stands on the waiting list and how long the talent can expect to wait.</summary>
public static class GetPosition
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, WaitingList waitingList, CancellationToken cancellationToken)
    {
        var application = await HousingAccess.LoadApplicationAsync(store, Caller.From(http.User), id, cancellationToken);
        var ordered = await waitingList.OrderedAsync(cancellationToken);
        if (!application.IsOpen)
        {
            return TypedResults.Ok(new PositionResponse(id, application.Status, application.Band, application.Penalties, null, ordered.Count, null));
        }

        var position = WaitingList.PositionOf(ordered, id);
        var wait = await waitingList.ExpectedWaitAsync(position, cancellationToken);
        return TypedResults.Ok(new PositionResponse(id, application.Status, application.Band, application.Penalties, position, ordered.Count, wait));
    }
}
