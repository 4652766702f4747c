using System.Globalization;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Features.ServiceRequests;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Dashboard;

public sealed record ServiceRequestDashboard(
    DateTimeOffset AsOf,
    DateOnly? From,
    DateOnly? To,
    string? Street,
    string? Category,
    string Definitions,
    DashboardRow Overall,
    IReadOnlyList<DashboardRow> ByCategory,
    IReadOnlyList<DashboardRow> ByStreet,
    IReadOnlyList<DashboardRow> ByMonth);

/// <summary>Service-request figures for officials (street officials: their street) over requests submitted in
/// [from, to] (zone calendar), by status, category, street and month; JSON or CSV (format=csv). Every slice is
/// computed from the same set of requests, so totals always reconcile.</summary>
public static class GetServiceRequestDashboard
{
    public const string Definitions =
        "total = Σ byStatus; closed = Resolved + ExplainedNotAdoptable; openOverdue = open (Submitted, Accepted, InProgress) past due; " +
        "onTimeRate = closedOnTime ÷ (closed + openOverdue); averageSatisfaction over submitted surveys; averageDaysToClose over closed requests";

    public static async Task<IResult> HandleAsync(
        string? from, string? to, string? street, string? category, string? format, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        HousingAccess.RequireStaff(caller);
        var fromDate = ParseDate("from", from);
        var toDate = ParseDate("to", to);
        if (fromDate > toDate)
        {
            throw new InvalidFieldException("to", "to must not be before from.");
        }

        if (format is not (null or "json" or "csv"))
        {
            throw new InvalidFieldException("format", "format must be json or csv.");
        }

        if (street is not null)
        {
            HousingAccess.RequireStreet(caller, street);
        }

        var scopeStreet = street ?? (caller.SeesWholeZone ? null : caller.Street);
        var now = time.GetUtcNow();
        var requests = (await ListServiceRequests.VisibleAsync(store, caller, cancellationToken))
            .Where(r => (scopeStreet is null || r.Street == scopeStreet)
                && (category is null || string.Equals(r.Category, category, StringComparison.OrdinalIgnoreCase))
                && (fromDate is null || Zone.Today(r.SubmittedAt) >= fromDate)
                && (toDate is null || Zone.Today(r.SubmittedAt) <= toDate))
            .ToList();
        var dashboard = new ServiceRequestDashboard(
            now, fromDate, toDate, scopeStreet, category, Definitions,
            DashboardRow.Of("all", "all", requests, now),
            Slices("category", requests.GroupBy(r => r.Category), now),
            Slices("street", requests.GroupBy(r => r.Street), now),
            Slices("month", requests.GroupBy(r => Zone.Today(r.SubmittedAt).ToString("yyyy-MM", CultureInfo.InvariantCulture)), now));
        return format == "csv"
            ? TypedResults.Text(DashboardCsv.Write(dashboard), "text/csv; charset=utf-8")
            : TypedResults.Ok(dashboard);
    }

    private static List<DashboardRow> Slices(string dimension, IEnumerable<IGrouping<string, ServiceRequest>> groups, DateTimeOffset now) =>
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => DashboardRow.Of(dimension, g.Key, [.. g], now))];

    private static DateOnly? ParseDate(string field, string? value) =>
        value is null
            ? null
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new InvalidFieldException(field, $"{field} must be yyyy-MM-dd.");
}
