using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record SurveyRequest(int? Score, string? Comment) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Score is not (>= 1 and <= 5))
        {
            errors.Add("score", "score is required: 1 (very unsatisfied) to 5 (very satisfied).");
        }

        errors.MaxLength("comment", Comment, 1000);
    }
}

/// <summary>The requester rates a resolved or explained request, once. Staff never rate: an official, an admin or
/// anyone who handled the case gets a 403.</summary>
public static class SubmitSurvey
{
    public static async Task<IResult> HandleAsync(Guid id, SurveyRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var serviceRequest = await ListServiceRequests.ReadableAsync(store, caller, id, cancellationToken);
        var handledIt = serviceRequest.Transitions.Any(t => t.Actor == caller.AccountId && t.To != ServiceRequestStatus.Submitted && t.To != ServiceRequestStatus.Withdrawn);
        if (HousingAccess.IsStaff(caller) || handledIt)
        {
            throw ProblemException.Forbidden("Staff cannot rate cases; the survey is the requester's.");
        }

        if (serviceRequest.RequesterAccountId != caller.AccountId)
        {
            throw ProblemException.Forbidden("Only the requester may answer the survey.");
        }

        var now = time.GetUtcNow();
        serviceRequest.Rate(request.Score!.Value, request.Comment, now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(serviceRequest);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ServiceRequestResponse.From(serviceRequest, now));
    }
}
