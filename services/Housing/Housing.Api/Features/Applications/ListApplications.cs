using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>A graduate's own applications, newest first; for officials the waiting list in order (open applications
/// with their zone-wide positions; street officials see the entries that can be housed in their street). A page at a
/// time; the list and the offers on the page are read in one query each.</summary>
public static class ListApplications
{
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync(int? skip, int? take, HttpContext http, IStore store, WaitingList waitingList, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var caller = Caller.From(http.User);
        var ordered = await waitingList.OrderedAsync(cancellationToken);
        if (HousingAccess.IsStaff(caller))
        {
            // Positions stay zone-wide; a street official sees the applications that could be housed in their street.
            var visible = ordered.Select((application, index) => (Application: application, Position: index + 1))
                .Where(v => HousingAccess.CanRead(caller, v.Application))
                .Skip(page.Skip).Take(page.Take)
                .ToList();
            var offers = await waitingList.CurrentOffersAsync(visible.Select(v => v.Application), cancellationToken);
            return TypedResults.Ok(visible.Select(v => ApplicationResponse.From(v.Application, v.Position, offers.GetValueOrDefault(v.Application.Id))).ToList());
        }

        var talentId = HousingAccess.OwnTalentId(caller);
        var own = await store.FindAsync<HousingApplication>(
            a => a.TalentId == talentId, new QueryOptions<HousingApplication>(a => a.AppliedAt, Descending: true, Skip: page.Skip, Take: page.Take), cancellationToken);
        var ownOffers = await waitingList.CurrentOffersAsync(own, cancellationToken);
        return TypedResults.Ok(own
            .Select(a => ApplicationResponse.From(a, a.IsOpen ? WaitingList.PositionOf(ordered, a.Id) : null, ownOffers.GetValueOrDefault(a.Id)))
            .ToList());
    }
}
