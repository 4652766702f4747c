using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Leases;

/// <summary>Loads a lease the caller may read: its tenant, or officials covering its street.</summary>
public static class LeaseLookup
{
    public static async Task<Lease> ReadableAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var lease = await store.GetAsync<Lease>(id, cancellationToken) ?? throw ProblemException.NotFound($"Lease {id} does not exist.");
        return HousingAccess.CanRead(caller, lease.TalentId, lease.Street) ? lease : throw ProblemException.Forbidden("You may not read this lease.");
    }
}
