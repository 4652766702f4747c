using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.ServiceDefaults.Operations;

/// <summary>A service's failed messages for admins: listed by kind, type and cause, replayed or discarded (audited).</summary>
public static class OperationsEndpoints
{
    public static IEndpointRouteBuilder MapOperationsEndpoints(this IEndpointRouteBuilder app, string serviceName)
    {
        var operations = app.MapGroup("/api/operations").WithTags("Operations")
            .Allow(AccessScope.Any, "admins, who operate the message flow", Roles.Admin);
        operations.MapGet("/failed-messages", async (FailedMessageGroups groups, CancellationToken cancellationToken) =>
                TypedResults.Ok(new FailedMessagesResponse(serviceName, await groups.ListAsync(cancellationToken))))
            .WithName("ListFailedMessages")
            .WithSummary("Failed deliveries, dead outbox messages and open gaps, grouped by kind, message type and cause");
        operations.MapPost("/failed-messages/{groupId}/replay", async (string groupId, Guid? messageId, HttpContext http, FailedMessageGroups groups, CancellationToken cancellationToken) =>
                TypedResults.Ok(new OperationResult(await groups.ReplayAsync(groupId, messageId, Caller.From(http.User).AccountId, cancellationToken))))
            .WithName("ReplayFailedMessages")
            .WithSummary("Replay a group of failed messages, or one message of it (messageId)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        operations.MapPost("/failed-messages/{groupId}/discard", async (string groupId, DiscardRequest request, HttpContext http, FailedMessageGroups groups, CancellationToken cancellationToken) =>
                TypedResults.Ok(new OperationResult(await groups.DiscardAsync(groupId, request.MessageId, request.Reason!.Trim(), Caller.From(http.User).AccountId, cancellationToken))))
            .Validated<DiscardRequest>()
            .WithName("DiscardFailedMessages")
            .WithSummary("Discard a group of failed messages, or one message of it, with a reason")
            .ProducesProblem(StatusCodes.Status404NotFound);
        operations.MapPost("/streams/republish", async (RepublishRequest request, HttpContext http, FailedMessageGroups groups, CancellationToken cancellationToken) =>
                TypedResults.Ok(new OperationResult(await groups.RepublishAsync(request.Stream!, request.Subject!, request.FromSequence!.Value, Caller.From(http.User).AccountId, cancellationToken))))
            .Validated<RepublishRequest>()
            .WithName("RepublishStream")
            .WithSummary("Publish a subject's events of a stream again from a number on (to fill a reader's gap)");
        return app;
    }
}
