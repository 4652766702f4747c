using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

/// <summary>Requests the caller may see (own / employer's / street's / zone's), newest first, optionally only one
/// status, one category or only the overdue ones.</summary>
public static class ListServiceRequests
{
    public static async Task<IResult> HandleAsync(
        string? status, string? category, bool? overdue, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        ServiceRequestStatus? wanted = null;
        if (status is not null)
        {
            wanted = Enum.TryParse<ServiceRequestStatus>(status, true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(status, out _)
                ? parsed
                : throw new InvalidFieldException("status", $"status must be one of {string.Join(", ", Enum.GetNames<ServiceRequestStatus>())}.");
        }

        var now = time.GetUtcNow();
        var requests = await VisibleAsync(store, Caller.From(http.User), cancellationToken);
        return TypedResults.Ok(requests
            .Where(r => (wanted is null || r.Status == wanted)
                && (category is null || string.Equals(r.Category, category, StringComparison.OrdinalIgnoreCase))
                && (overdue is not true || r.IsOverdue(now)))
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => ServiceRequestResponse.From(r, now))
            .ToList());
    }

    public static async Task<IResult> GetAsync(Guid id, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(ServiceRequestResponse.From(await ReadableAsync(store, Caller.From(http.User), id, cancellationToken), time.GetUtcNow()));

    public static async Task<ServiceRequest> ReadableAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var request = await store.GetAsync<ServiceRequest>(id, cancellationToken) ?? throw ProblemException.NotFound($"Service request {id} does not exist.");
        return HousingAccess.CanRead(caller, request) ? request : throw ProblemException.Forbidden("You may not read this service request.");
    }

    /// <summary>Everything in the caller's scope, read with a filter the store can evaluate.</summary>
    public static async Task<IReadOnlyList<ServiceRequest>> VisibleAsync(IStore store, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsGraduate && caller.TalentId is { } talentId)
        {
            return await store.FindAsync<ServiceRequest>(r => r.TalentId == talentId, cancellationToken: cancellationToken);
        }

        if (caller.IsEmployerHr && caller.EmployerId is { } employerId)
        {
            return await store.FindAsync<ServiceRequest>(r => r.EmployerId == employerId, cancellationToken: cancellationToken);
        }

        if (caller.SeesWholeZone)
        {
            return await store.FindAsync<ServiceRequest>(_ => true, cancellationToken: cancellationToken);
        }

        if (caller.IsOfficial && caller.Street is { } street)
        {
            return await store.FindAsync<ServiceRequest>(r => r.Street == street, cancellationToken: cancellationToken);
        }

        throw ProblemException.Forbidden("Your account sees no service requests.");
    }
}
