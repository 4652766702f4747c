using TalentPortal.Housing.Domain;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Leases;

/// <summary>Ends leases whose recorded move-out day has passed: the unit is free again, the talent may apply anew and
/// LeaseEnded goes out. The sweep runs every Housing:OfferSweepInterval; whatever needs the unit or the tenant free
/// before the sweep came by (an offer of the unit, a new application) ends a due lease itself, so no end is lost
/// and none comes early. Each lease commits on its own; one changed meanwhile is left for the next run.</summary>
public sealed class MoveOuts(IStore store, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var today = Zone.Today(now);
        var movingOut = LeaseStatus.MovingOut;
        // Few leases are moving out at a time; the day is compared here rather than in a store query over DateOnly.
        var leaving = await store.FindAsync<Lease>(l => l.Status == movingOut, cancellationToken: cancellationToken);
        var ended = 0;
        foreach (var lease in leaving.Where(l => l.IsEndDue(today)))
        {
            try
            {
                ended += await EndIfDueAsync(store, lease, now, cancellationToken) ? 1 : 0;
            }
            catch (ConcurrencyConflictException)
            {
                // Ended concurrently (by another replica or a request).
            }
        }

        return ended;
    }

    /// <summary>Ends <paramref name="lease"/> in its own unit of work when its move-out day has passed; false (nothing
    /// written) otherwise.</summary>
    public static async Task<bool> EndIfDueAsync(IStore store, Lease lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(lease);
        if (!lease.IsEndDue(Zone.Today(now)))
        {
            return false;
        }

        var unit = await store.GetAsync<ApartmentUnit>(lease.UnitId, cancellationToken)
            ?? throw new InvalidOperationException($"Lease {lease.Id} points at a missing unit.");
        lease.EndIfDue(unit, Zone.Today(now), now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(lease);
        unitOfWork.Update(unit);
        unitOfWork.Publish(lease.ToEndedEvent());
        await unitOfWork.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The talent's running lease, after ending it if its move-out day has passed (then null).</summary>
    public static async Task<Lease?> RunningLeaseOfAsync(IStore store, Guid talentId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var key = Lease.TenantKeyOf(talentId);
        var leases = await store.FindAsync<Lease>(l => l.TenantKey == key, cancellationToken: cancellationToken);
        var running = leases.Count > 0 ? leases[0] : null;
        return running is not null && await EndIfDueAsync(store, running, now, cancellationToken) ? null : running;
    }

    /// <summary>Frees a unit whose lease's move-out day has passed, so it can be offered; returns the unit as stored.</summary>
    public static async Task<ApartmentUnit> SettleAsync(IStore store, ApartmentUnit unit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Status != UnitStatus.Let || unit.CurrentLeaseId is not { } leaseId
            || await store.GetAsync<Lease>(leaseId, cancellationToken) is not { } lease
            || !await EndIfDueAsync(store, lease, now, cancellationToken))
        {
            return unit;
        }

        return await store.GetAsync<ApartmentUnit>(unit.Id, cancellationToken) ?? unit;
    }
}
