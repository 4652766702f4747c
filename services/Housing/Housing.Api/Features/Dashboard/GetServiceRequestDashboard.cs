using System.Globalization;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.ServiceRequests;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Dashboard;

/// <summary>Service-request figures for officials (street officials: their street) over requests submitted in
/// [from, to] (zone calendar, from 2020-01-01 at the earliest, no later than a year ahead), by status, category,
/// street and month; JSON or CSV (format=csv). The requests are selected in the store; every slice is computed from
/// the same set of requests, so totals always reconcile.</summary>
public static class GetServiceRequestDashboard
{
    public const string Definitions =
        "total = Σ byStatus; closed = Resolved + ExplainedNotAdoptable; openOverdue = open (Submitted, Accepted, InProgress) past due; " +
        "onTimeRate = closedOnTime ÷ (closed + openOverdue); averageSatisfaction over submitted surveys; averageDaysToClose over closed requests";

    /// <summary>No service request predates the zone's portal.</summary>
    public static readonly DateOnly Earliest = new(2020, 1, 1);

    public static async Task<IResult> HandleAsync(
        [AsParameters] DashboardQuery query, HttpContext http, IStore store, ServiceCategoryCatalog categories, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var now = time.GetUtcNow();
        var latest = Zone.Today(now).AddYears(1);
        var (fromDate, toDate) = (query.FromDate, query.ToDate);
        if (fromDate is { } f && (f < Earliest || f > latest))
        {
            throw new InvalidFieldException("from", $"from must lie between {Earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        }

        if (toDate is { } t && (t < Earliest || t > latest))
        {
            throw new InvalidFieldException("to", $"to must lie between {Earliest:yyyy-MM-dd} and {latest:yyyy-MM-dd}.");
        }

        var category = query.Category is null ? null
            : categories.Find(query.Category)?.Code ?? throw new InvalidFieldException("category", $"category must be one of {string.Join(", ", categories.All.Select(c => c.Code))}.");
        if (query.Street is { } named)
        {
            HousingAccess.DemandStreet(caller, named);
        }

        var scopeStreet = query.Street ?? (caller.SeesWholeZone ? null : caller.Street);
        var fromInstant = fromDate is { } start ? Zone.StartOf(start) : (DateTimeOffset?)null;
        var toInstant = toDate is { } end ? Zone.StartOf(end.AddDays(1)) : (DateTimeOffset?)null;
        var filter = StoreFilter.All<ServiceRequest>(
            ListServiceRequests.InScope(caller),
            scopeStreet is { } st ? r => r.Street == st : null,
            category is { } c ? r => r.Category == c : null,
            fromInstant is { } fi ? r => r.SubmittedAt >= fi : null,
            toInstant is { } ti ? r => r.SubmittedAt < ti : null);
        var requests = await store.FindAsync(filter, cancellationToken: cancellationToken);
        var dashboard = new ServiceRequestDashboard(
            now, fromDate, toDate, scopeStreet, category, Definitions,
            DashboardRow.Of("all", "all", requests, now),
            Slices("category", requests.GroupBy(r => r.Category), now),
            Slices("street", requests.GroupBy(r => r.Street), now),
            Slices("month", requests.GroupBy(r => Zone.Today(r.SubmittedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture)), now));
        return query.Format == "csv"
            ? TypedResults.Text(DashboardCsv.Write(dashboard), "text/csv; charset=utf-8")
            : TypedResults.Ok(dashboard);
    }

    private static List<DashboardRow> Slices(string dimension, IEnumerable<IGrouping<string, ServiceRequest>> groups, DateTimeOffset now) =>
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DashboardRow.Of(dimension, g.Key, [.. g], now))];
}
