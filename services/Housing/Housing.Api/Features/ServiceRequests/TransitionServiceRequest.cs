using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.ServiceRequests;

/// <summary>Moves a request along its workflow. Staff (officials covering its street) accept, start, resolve, explain
/// and merge; the talent it was raised for or HR of the employer it was raised for withdraw it. Each transition
/// records actor, time and comment; a closing transition publishes ServiceRequestClosed. A caller outside the
/// request's scope gets a 403 before anything else; a transition the current status does not allow is a 409 naming the
/// status; an action the caller's role does not perform is a 403.</summary>
public static class TransitionServiceRequest
{
    public static async Task<IResult> HandleAsync(Guid id, TransitionRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var serviceRequest = await HousingAccess.LoadServiceRequestAsync(store, caller, id, cancellationToken);
        var action = request.Action!;
        serviceRequest.EnsureAllows(action);
        HousingAccess.DemandMayPerform(caller, action);

        var now = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        await ApplyAsync(serviceRequest, request, caller, store, now, cancellationToken);
        unitOfWork.Update(serviceRequest);
        if (!serviceRequest.IsOpen)
        {
            unitOfWork.Publish(serviceRequest.ToClosedEvent());
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ServiceRequestResponse.From(serviceRequest, now));
    }

    private static async Task ApplyAsync(
        ServiceRequest serviceRequest, TransitionRequest request, Caller caller, IStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (request.Action)
        {
            case "withdraw":
                serviceRequest.Withdraw(caller.AccountId, caller.Role, request.Comment, now);
                break;
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
                var into = await HousingAccess.LoadNamedAsync<ServiceRequest>(
                    store, request.MergedInto!.Value, r => HousingAccess.CanRead(caller, r), "mergedInto", "Service request", cancellationToken);
                serviceRequest.Merge(into, caller.AccountId, caller.Role, request.Comment, now);
                break;
        }
    }
}
