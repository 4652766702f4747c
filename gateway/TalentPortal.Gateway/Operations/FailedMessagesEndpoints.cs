using System.Text.Json;
using System.Text.Json.Nodes;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.Gateway.Operations;

/// <summary>One operations view over every service's failed messages (admins only): the gateway asks each service with
/// the admin's token and merges the answers; actions go to the service that holds the group. Replaying an open gap
/// first asks the stream's publisher to send the missing events again.</summary>
public static class FailedMessagesEndpoints
{
    public static IEndpointRouteBuilder MapFailedMessagesEndpoints(this IEndpointRouteBuilder app)
    {
        var operations = app.MapGroup("/api/operations/failed-messages").WithTags("Operations")
            .Allow(AccessScope.Any, "admins, who operate the message flow of every service", Roles.Admin);
        operations.MapGet("/", ListAsync)
            .WithName("ListAllFailedMessages")
            .WithSummary("Every service's failed deliveries, dead outbox messages and open gaps, grouped by type and cause");
        operations.MapPost("/{service}/{groupId}/replay", ReplayAsync)
            .WithName("ReplayFailedMessagesOfService")
            .WithSummary("Replay a group (or one message, messageId) held by a service");
        operations.MapPost("/{service}/{groupId}/discard", DiscardAsync)
            .WithName("DiscardFailedMessagesOfService")
            .WithSummary("Discard a group (or one message) held by a service, with a reason");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, ServiceDirectory services, CancellationToken cancellationToken)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        var answers = await Task.WhenAll(services.All.Select(async pair =>
        {
            try
            {
                var (status, body) = await pair.Value.SendAsync(HttpMethod.Get, "api/operations/failed-messages", authorization, null, cancellationToken);
                return status == StatusCodes.Status200OK
                    ? JsonNode.Parse(body)!
                    : new JsonObject { ["service"] = pair.Key, ["groups"] = new JsonArray(), ["error"] = $"HTTP {status}" };
            }
            catch (HttpRequestException e)
            {
                return new JsonObject { ["service"] = pair.Key, ["groups"] = new JsonArray(), ["error"] = e.Message };
            }
        }));
        return TypedResults.Json(new JsonObject { ["services"] = new JsonArray([.. answers]) });
    }

    private static async Task<IResult> ReplayAsync(
        string service, string groupId, Guid? messageId, HttpContext http, ServiceDirectory services, CancellationToken cancellationToken)
    {
        var client = services.Get(service);
        var authorization = http.Request.Headers.Authorization.ToString();
        var (status, body) = await client.SendAsync(HttpMethod.Get, "api/operations/failed-messages", authorization, null, cancellationToken);
        var group = status == StatusCodes.Status200OK
            ? JsonNode.Parse(body)?["groups"]?.AsArray().FirstOrDefault(g => g?["id"]?.GetValue<string>() == groupId)
            : null;
        if (group?["kind"]?.GetValue<string>() == "OpenGap" && group["stream"]?.GetValue<string>() is { } stream)
        {
            foreach (var (subject, from) in group["missingFrom"]!.AsObject())
            {
                var request = JsonSerializer.Serialize(new { stream, subject, fromSequence = from!.GetValue<long>() });
                await services.PublisherOf(stream).SendAsync(HttpMethod.Post, "api/operations/streams/republish", authorization, request, cancellationToken);
            }
        }

        var path = $"api/operations/failed-messages/{Uri.EscapeDataString(groupId)}/replay{(messageId is { } id ? $"?messageId={id}" : "")}";
        return Relay(await client.SendAsync(HttpMethod.Post, path, authorization, null, cancellationToken));
    }

    private static async Task<IResult> DiscardAsync(
        string service, string groupId, JsonElement request, HttpContext http, ServiceDirectory services, CancellationToken cancellationToken) =>
        Relay(await services.Get(service).SendAsync(
            HttpMethod.Post, $"api/operations/failed-messages/{Uri.EscapeDataString(groupId)}/discard", http.Request.Headers.Authorization.ToString(),
            request.GetRawText(), cancellationToken));

    private static IResult Relay((int Status, string Body) answer) =>
        Results.Content(answer.Body, answer.Status >= 400 ? "application/problem+json" : "application/json", statusCode: answer.Status);
}
