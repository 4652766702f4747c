using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Leases;

/// <summary>A graduate's own leases; officials the leases in their street (or the zone); newest allocation first, a
/// page at a time.</summary>
public static class ListLeases
{
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync(int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var caller = Caller.From(http.User);
        var newestFirst = new QueryOptions<Lease>(l => l.AllocatedAt, Descending: true, Skip: page.Skip, Take: page.Take);
        IReadOnlyList<Lease> leases;
        if (caller.SeesWholeZone)
        {
            leases = await store.FindAsync<Lease>(_ => true, newestFirst, cancellationToken);
        }
        else if (caller.IsOfficial && caller.Street is { } street)
        {
            leases = await store.FindAsync<Lease>(l => l.Street == street, newestFirst, cancellationToken);
        }
        else
        {
            var talentId = HousingAccess.OwnTalentId(caller);
            leases = await store.FindAsync<Lease>(l => l.TalentId == talentId, newestFirst, cancellationToken);
        }

        return TypedResults.Ok(leases.Select(LeaseResponse.From).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(LeaseResponse.From(await HousingAccess.LoadLeaseAsync(store, Caller.From(http.User), id, cancellationToken)));
}
