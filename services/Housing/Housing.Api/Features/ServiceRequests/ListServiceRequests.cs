using System.Linq.Expressions;
using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

/// <summary>Query string of GET /api/housing/service-requests: optional status, category and overdue filters and the page.</summary>
public sealed record ListServiceRequestsQuery(string? Status, string? Category, bool? Overdue, int? Skip, int? Take) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.Enum<ServiceRequestStatus>("status", Status, required: false);
        errors.MaxLength("category", Category, 40);
    }
}

/// <summary>Requests the caller may see (raised for them / for their employer / in their street / the zone), newest
/// first, a page at a time, optionally only one status, one category or only the overdue ones; filtered in the store.</summary>
public static class ListServiceRequests
{
    public const int DefaultTake = 200;

    public static async Task<IResult> HandleAsync(
        [AsParameters] ListServiceRequestsQuery query, HttpContext http, IStore store, ServiceCategoryCatalog categories, TimeProvider time, CancellationToken cancellationToken)
    {
        var page = Page.Of(query.Skip, query.Take, DefaultTake);
        var status = EnumText.ParseOrNull<ServiceRequestStatus>(query.Status);
        var category = query.Category is null ? null
            : categories.Find(query.Category)?.Code ?? throw new InvalidFieldException("category", $"category must be one of {string.Join(", ", categories.All.Select(c => c.Code))}.");
        var now = time.GetUtcNow();
        Expression<Func<ServiceRequest, bool>>? overdue = null;
        if (query.Overdue is true)
        {
            var (submitted, accepted, inProgress) = (ServiceRequestStatus.Submitted, ServiceRequestStatus.Accepted, ServiceRequestStatus.InProgress);
            overdue = r => (r.Status == submitted || r.Status == accepted || r.Status == inProgress) && r.DueAt < now;
        }

        var filter = StoreFilter.All<ServiceRequest>(
            InScope(Caller.From(http.User)),
            status is { } s ? r => r.Status == s : null,
            category is { } c ? r => r.Category == c : null,
            overdue);
        var requests = await store.FindAsync(filter, new QueryOptions<ServiceRequest>(r => r.SubmittedAt, Descending: true, Skip: page.Skip, Take: page.Take), cancellationToken);
        return TypedResults.Ok(requests.Select(r => ServiceRequestResponse.From(r, now)).ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(ServiceRequestResponse.From(await HousingAccess.LoadServiceRequestAsync(store, Caller.From(http.User), id, cancellationToken), time.GetUtcNow()));

    /// <summary>The caller's scope (<see cref="HousingAccess.CanRead(Caller, ServiceRequest)"/>) as a filter the store evaluates.</summary>
    public static Expression<Func<ServiceRequest, bool>> InScope(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.SeesWholeZone)
        {
            return _ => true;
        }

        if (caller.IsOfficial && caller.Street is { } street)
        {
            return r => r.Street == street;
        }

        if (caller.IsEmployerHr)
        {
            var employerId = HousingAccess.OwnEmployerId(caller);
            return r => r.EmployerId == employerId;
        }

        var talentId = HousingAccess.OwnTalentId(caller);
        return r => r.TalentId == talentId;
    }
}
