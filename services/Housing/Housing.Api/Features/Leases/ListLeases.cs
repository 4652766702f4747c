using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Leases;

/// <summary>A graduate's own leases; officials the leases in their street (or the zone).</summary>
public static class ListLeases
{
    public static async Task<IResult> HandleAsync(HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        IReadOnlyList<Lease> leases;
        if (caller.IsGraduate && caller.TalentId is { } talentId)
        {
            leases = await store.FindAsync<Lease>(l => l.TalentId == talentId, cancellationToken: cancellationToken);
        }
        else if (caller.SeesWholeZone)
        {
            leases = await store.FindAsync<Lease>(_ => true, cancellationToken: cancellationToken);
        }
        else if (caller.IsOfficial && caller.Street is { } street)
        {
            leases = await store.FindAsync<Lease>(l => l.Street == street, cancellationToken: cancellationToken);
        }
        else
        {
            throw ProblemException.Forbidden("Only tenants and officials see leases.");
        }

        return TypedResults.Ok(leases.OrderByDescending(l => l.AllocatedAt).Select(LeaseResponse.From).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(LeaseResponse.From(await LeaseLookup.ReadableAsync(store, Caller.From(http.User), id, cancellationToken)));
}
