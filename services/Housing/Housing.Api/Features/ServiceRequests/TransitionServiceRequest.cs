using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

public sealed record TransitionRequest(string? Action, string? Comment, string? AssignTo, Guid? MergedInto) : IValidatableRequest
{
    public static IReadOnlyList<string> Actions { get; } = ["accept", "start", "resolve", "explain", "merge", "withdraw"];

    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Action is null || !Actions.Contains(Action))
        {
            errors.Add("action", $"action must be one of {string.Join(", ", Actions)}.");
        }

        errors.MaxLength("comment", Comment, 2000);
        errors.MaxLength("assignTo", AssignTo, 100);
        if (Action == "explain" && string.IsNullOrWhiteSpace(Comment))
        {
            errors.Add("comment", "comment is required: explain why the request cannot be adopted.");
        }

        if (Action == "merge")
        {
            errors.Required("mergedInto", MergedInto);
        }
    }
}

/// <summary>Moves a request along its workflow. Staff (officials covering its street) accept, start, resolve, explain
/// and merge; the requester withdraws. Each transition records actor, time and comment; a closing transition
/// publishes ServiceRequestClosed. A transition the current status does not allow is a 409 naming the status.</summary>
public static class TransitionServiceRequest
{
    public static async Task<IResult> HandleAsync(Guid id, TransitionRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var serviceRequest = await ListServiceRequests.ReadableAsync(store, caller, id, cancellationToken);
        var now = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        if (request.Action == "withdraw")
        {
            if (serviceRequest.RequesterAccountId != caller.AccountId && !(caller.IsEmployerHr && caller.EmployerId == serviceRequest.EmployerId))
            {
                throw ProblemException.Forbidden("Only the requester may withdraw a request.");
            }

            serviceRequest.Withdraw(caller.AccountId, caller.Role, request.Comment, now);
        }
        else
        {
            HousingAccess.RequireStaff(caller);
            HousingAccess.RequireStreet(caller, serviceRequest.Street);
            await ApplyStaffActionAsync(serviceRequest, request, caller, store, now, cancellationToken);
        }

        unitOfWork.Update(serviceRequest);
        if (!serviceRequest.IsOpen)
        {
            unitOfWork.Publish(serviceRequest.ToClosedEvent());
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ServiceRequestResponse.From(serviceRequest, now));
    }

    private static async Task ApplyStaffActionAsync(
        ServiceRequest serviceRequest, TransitionRequest request, Caller caller, IStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (request.Action)
        {
            case "accept":
                serviceRequest.Accept(request.AssignTo, caller.AccountId, caller.Role, request.Comment, now);
                break;
            case "start":
                serviceRequest.Start(caller.AccountId, caller.Role, request.Comment, now);
                break;
            case "resolve":
                serviceRequest.Resolve(caller.AccountId, caller.Role, request.Comment, now);
                break;
            case "explain":
                serviceRequest.Explain(caller.AccountId, caller.Role, request.Comment, now);
                break;
            default:
                var into = await store.GetAsync<ServiceRequest>(request.MergedInto!.Value, cancellationToken)
                    ?? throw new InvalidFieldException("mergedInto", $"Service request {request.MergedInto} does not exist.");
                HousingAccess.RequireStreet(caller, into.Street);
                serviceRequest.Merge(into, caller.AccountId, caller.Role, request.Comment, now);
                break;
        }
    }
}
