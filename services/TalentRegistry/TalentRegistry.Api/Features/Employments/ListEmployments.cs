using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employments;

/// <summary>A talent's employment records, for whoever may read the talent.</summary>
public static class ListEmployments
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var (_, employments) = await TalentAccess.ReadableAsync(store, Caller.From(http.User), id, cancellationToken);
        return TypedResults.Ok(employments.OrderBy(e => e.StartDate).Select(EmploymentResponse.From).ToList());
    }
}
