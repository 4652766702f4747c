namespace TalentPortal.Portal.Api;

public sealed partial class GatewayClient
{
    public Task<ApiResult<FailedMessagesOverview>> GetFailedMessagesAsync(CancellationToken ct) =>
        SendAsync<FailedMessagesOverview>(HttpMethod.Get, "api/operations/failed-messages", null, ct);

    public Task<ApiResult<OperationOutcome>> ReplayFailedMessagesAsync(string service, string groupId, Guid? messageId, CancellationToken ct) =>
        SendAsync<OperationOutcome>(
            HttpMethod.Post,
            $"api/operations/failed-messages/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(groupId)}/replay{(messageId is { } id ? $"?messageId={id}" : "")}",
            null,
            ct);

    public Task<ApiResult<OperationOutcome>> DiscardFailedMessagesAsync(string service, string groupId, string? reason, Guid? messageId, CancellationToken ct) =>
        SendAsync<OperationOutcome>(
            HttpMethod.Post, $"api/operations/failed-messages/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(groupId)}/discard", new { reason, messageId }, ct);
}
