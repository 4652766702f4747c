using System.Text;
using System.Text.Json;
using MassTransit;
using MassTransit.Transports;
using Microsoft.Extensions.Logging;

namespace TalentPortal.Storage.Streams;

/// <summary>
/// The error pipe of every receive endpoint: a delivery that failed after its retries is stored as a
/// <see cref="FailedMessage"/> in the service's store and acknowledged, so operators see it on the operations page and
/// can replay it. Only if the store cannot take it does it go to the endpoint's <c>_error</c> queue, as MassTransit
/// would do by default, so nothing is lost either way.
/// </summary>
public sealed partial class FailedMessageCapture(IStore store, TimeProvider time, ILogger<FailedMessageCapture> logger) : IFilter<ExceptionReceiveContext>
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("storeFailedMessage");

    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await StoreAsync(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotStored(logger, e, context.InputAddress);
            if (!context.TryGetPayload(out IErrorTransport? transport) || transport is null)
            {
                throw;
            }

            await transport.Send(context);
        }

        await next.Send(context);
    }

    private async Task StoreAsync(ExceptionReceiveContext context)
    {
        var envelope = Encoding.UTF8.GetString(context.Body.GetBytes());
        var queue = context.InputAddress.AbsolutePath.Trim('/').Split('/').Last();
        var messageId = context.GetMessageId();
        var id = FailedMessage.IdOf(queue, messageId, envelope);
        var now = time.GetUtcNow();
        var existing = await store.GetAsync<FailedMessage>(id);
        var failed = existing ?? new FailedMessage
        {
            Id = id,
            Queue = queue,
            MessageId = messageId,
            MessageType = MessageTypeOf(envelope),
            Envelope = envelope,
            Stream = context.TransportHeaders.Get<string>(StreamHeaders.Stream),
            Subject = context.TransportHeaders.Get<string>(StreamHeaders.Subject),
            Sequence = context.TransportHeaders.Get<object>(StreamHeaders.Sequence) is { } sequence
                ? Convert.ToInt64(sequence, System.Globalization.CultureInfo.InvariantCulture) : null,
            FirstFailedAt = now,
        };
        failed.ExceptionType = context.Exception.GetType().Name;
        failed.ExceptionMessage = context.Exception.Message;
        failed.LastFailedAt = now;
        failed.Failures++;
        var unitOfWork = store.BeginUnitOfWork();
        if (existing is null)
        {
            unitOfWork.Insert(failed);
        }
        else
        {
            unitOfWork.Update(failed);
        }

        await unitOfWork.CommitAsync();
        LogStored(logger, context.Exception, failed.MessageType, queue, messageId);
    }

    /// <summary>"urn:message:TalentPortal.Contracts.TalentRegistry:TalentRegistered" → its CLR full name.</summary>
    public static string MessageTypeOf(string envelope)
    {
        try
        {
            using var json = JsonDocument.Parse(envelope);
            if (json.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                && types.GetArrayLength() > 0 && types[0].GetString() is { } urn && urn.StartsWith("urn:message:", StringComparison.Ordinal))
            {
                return urn["urn:message:".Length..].Replace(':', '.');
            }
        }
        catch (JsonException)
        {
            // Not a MassTransit JSON envelope: grouped as unreadable.
        }

        return "(unreadable)";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageType} {MessageId} failed in {Queue} after its retries and was kept as a failed message for operators")]
    private static partial void LogStored(ILogger logger, Exception exception, string messageType, string queue, Guid? messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A failed delivery from {Queue} could not be stored; it goes to the endpoint's _error queue")]
    private static partial void LogNotStored(ILogger logger, Exception exception, Uri queue);
}
