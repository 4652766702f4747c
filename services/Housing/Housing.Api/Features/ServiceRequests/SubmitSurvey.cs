using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

/// <summary>The requester's side — the talent the request was raised for, or HR of the employer it was raised for —
/// rates a resolved or explained request, once. Staff never rate (their role is not allowed).</summary>
public static class SubmitSurvey
{
    public static async Task<IResult> HandleAsync(Guid id, SurveyRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var serviceRequest = await HousingAccess.LoadServiceRequestAsync(store, Caller.From(http.User), id, cancellationToken);
        var now = time.GetUtcNow();
        serviceRequest.Rate(request.Score!.Value, request.Comment, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(serviceRequest);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ServiceRequestResponse.From(serviceRequest, now));
    }
}
