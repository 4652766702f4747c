using Microsoft.Extensions.Options;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>The zone's single waiting list: open applications (waiting or holding an offer) ordered by band, then
/// application time, then id (a stable tie-break).</summary>
public sealed class WaitingList(IStore store, IOptions<HousingOptions> options, TimeProvider time)
{
    public async Task<IReadOnlyList<HousingApplication>> OrderedAsync(CancellationToken cancellationToken)
    {
        var waiting = ApplicationStatus.Waiting;
        var offered = ApplicationStatus.Offered;
        var open = await store.FindAsync<HousingApplication>(a => a.Status == waiting || a.Status == offered, cancellationToken: cancellationToken);
        return Order(open);
    }

    /// <summary>Applications in waiting-list order.</summary>
    public static IReadOnlyList<HousingApplication> Order(IEnumerable<HousingApplication> applications) =>
        [.. applications.OrderBy(a => a.Band).ThenBy(a => a.AppliedAt).ThenBy(a => a.Id)];

    public static int PositionOf(IReadOnlyList<HousingApplication> ordered, Guid applicationId)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Id == applicationId)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The offers the applications currently hold, read in one query.</summary>
    public async Task<IReadOnlyDictionary<Guid, Offer>> CurrentOffersAsync(IEnumerable<HousingApplication> applications, CancellationToken cancellationToken)
    {
        // A List (not an array, whose Contains binds to a span overload stores cannot translate).
        var ids = applications.Where(a => a.CurrentOfferId is not null).Select(a => a.CurrentOfferId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Offer>();
        }

        var offers = await store.FindAsync<Offer>(o => ids.Contains(o.Id), cancellationToken: cancellationToken);
        return offers.ToDictionary(o => o.ApplicationId);
    }

    public async Task<ExpectedWait> ExpectedWaitAsync(int position, CancellationToken cancellationToken)
    {
        var weeks = options.Value.AllocationWindowWeeks;
        var from = time.GetUtcNow().AddDays(-7 * weeks);
        var allocations = (int)await store.CountAsync<Lease>(l => l.AllocatedAt >= from, cancellationToken);
        var perWeek = decimal.Round((decimal)allocations / weeks, 2, MidpointRounding.AwayFromZero);
        if (allocations == 0)
        {
            return new ExpectedWait(false, null, 0, weeks, 0m, from, $"unknown: no flat was allocated in the last {weeks} weeks");
        }

        var expected = decimal.Round((decimal)position * weeks / allocations, 1, MidpointRounding.AwayFromZero);
        return new ExpectedWait(true, expected, allocations, weeks, perWeek, from,
            $"position {position} ÷ ({allocations} allocations in the last {weeks} weeks ÷ {weeks}) = {expected} weeks");
    }
}
