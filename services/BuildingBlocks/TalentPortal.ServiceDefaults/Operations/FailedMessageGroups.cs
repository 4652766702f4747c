using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.Extensions.Options;
using TalentPortal.Contracts.Operations;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.Storage.Outbox;
using TalentPortal.Storage.Streams;

namespace TalentPortal.ServiceDefaults.Operations;

/// <summary>What a service holds that waits for an operator, grouped, and the actions on it (each audited).</summary>
public sealed class FailedMessageGroups(IStore store, IBus bus, TimeProvider time, IOptions<StreamOptions> options)
{
    public const string FailedDelivery = nameof(FailedDelivery);
    public const string DeadOutbox = nameof(DeadOutbox);
    public const string OpenGap = nameof(OpenGap);
    private const int MaxShown = 20;
    private const int MaxRead = 10_000;

    public async Task<IReadOnlyList<FailedMessageGroup>> ListAsync(CancellationToken cancellationToken)
    {
        var groups = new List<FailedMessageGroup>();
        var failed = await store.FindAsync<FailedMessage>(f => f.Failures > 0, new QueryOptions<FailedMessage>(f => f.LastFailedAt, Take: MaxRead), cancellationToken);
        groups.AddRange(failed.GroupBy(f => (f.MessageType, f.Cause)).Select(g => Group(
            FailedDelivery, g.Key.MessageType, g.Key.Cause, g.First().Stream, g.Select(f => (View(f), Sample(f.Envelope, inner: true))).ToList())));

        var dead = await store.Outbox.DeadAsync(MaxRead, cancellationToken);
        groups.AddRange(dead.GroupBy(d => (d.MessageType, Cause: $"{FailureText.Generalize(d.LastError)}")).Select(g => Group(
            DeadOutbox, g.Key.MessageType, g.Key.Cause, g.First().Stream,
            g.Select(d => (new FailedMessageView(d.Id, d.Subject, d.Stream is null ? null : d.SubjectSequence, d.DiedAt, d.Attempts), Sample(d.Body, inner: false))).ToList())));

        var threshold = time.GetUtcNow() - options.Value.GapAlertAfter;
        var parked = await store.FindAsync<ParkedEvent>(p => p.ParkedAt < threshold, new QueryOptions<ParkedEvent>(p => p.ParkedAt, Take: MaxRead), cancellationToken);
        foreach (var stream in parked.GroupBy(p => (p.Stream, p.Consumer)))
        {
            var missing = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var subject in stream.GroupBy(p => p.PositionId))
            {
                var position = await store.GetAsync<StreamPosition>(subject.Key, cancellationToken);
                missing[subject.First().Subject] = (position?.Applied ?? 0) + 1;
            }

            groups.Add(Group(
                OpenGap, stream.First().MessageType, $"{stream.Key.Consumer} waits for earlier events of {stream.Key.Stream}", stream.Key.Stream,
                stream.Select(p => (new FailedMessageView(p.Id, p.Subject, p.Sequence, p.ParkedAt, 0), Sample(p.Body, inner: false))).ToList()) with
            { MissingFrom = missing });
        }

        return groups;
    }

    /// <summary>Replays the group, or one message of it: a failed delivery goes back to its queue, a dead outbox message
    /// back to the outbox; an open gap is drained again (after its publisher re-sent the missing events).</summary>
    public async Task<int> ReplayAsync(string groupId, Guid? messageId, string by, CancellationToken cancellationToken)
    {
        var group = await FindAsync(groupId, cancellationToken);
        var ids = Selected(group, messageId);
        var count = 0;
        foreach (var id in ids)
        {
            count += group.Kind switch
            {
                FailedDelivery => await RedeliverAsync(id, cancellationToken) ? 1 : 0,
                DeadOutbox => await store.Outbox.ReviveAsync(id, cancellationToken) ? 1 : 0,
                _ => 0,
            };
        }

        await AuditAsync($"replay {group.Kind}", $"{group.MessageType}: {group.Cause}", count, by, cancellationToken);
        return count;
    }

    /// <summary>Discards the group, or one message of it: a failed delivery is deleted; a dead outbox message is replaced
    /// by an <see cref="EventDiscarded"/> in its place in the stream; an open gap is closed by moving each subject past
    /// its missing events (what they would have changed is lost, and said so in the audit).</summary>
    public async Task<int> DiscardAsync(string groupId, Guid? messageId, string reason, string by, CancellationToken cancellationToken)
    {
        var group = await FindAsync(groupId, cancellationToken);
        var count = 0;
        foreach (var id in Selected(group, messageId))
        {
            count += group.Kind switch
            {
                FailedDelivery => await DeleteFailedAsync(id, cancellationToken) ? 1 : 0,
                DeadOutbox => await DiscardDeadAsync(id, reason, by, cancellationToken) ? 1 : 0,
                _ => await SkipGapAsync(id, cancellationToken) ? 1 : 0,
            };
        }

        await AuditAsync($"discard {group.Kind}", $"{group.MessageType}: {group.Cause} ({reason})", count, by, cancellationToken);
        return count;
    }

    /// <summary>The publisher's side of a gap: its subject's events from <paramref name="fromSequence"/> go out again.</summary>
    public async Task<int> RepublishAsync(string stream, string subject, long fromSequence, string by, CancellationToken cancellationToken)
    {
        var count = await store.Outbox.RepublishAsync(stream, subject, fromSequence, cancellationToken);
        await AuditAsync("republish", $"{stream} {subject} from {fromSequence}", count, by, cancellationToken);
        return count;
    }

    private async Task<FailedMessageGroup> FindAsync(string groupId, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(g => g.Id == groupId)
        ?? throw ProblemException.NotFound($"There is no group {groupId} of failed messages (it may have been replayed or discarded).");

    private static IEnumerable<Guid> Selected(FailedMessageGroup group, Guid? messageId) =>
        messageId is { } one
            ? group.AllIds.Contains(one) ? [one] : throw ProblemException.NotFound($"Message {one} is not in group {group.Id}.")
            : group.AllIds;

    private async Task<bool> RedeliverAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync<FailedMessage>(id, cancellationToken) is not { } failed)
        {
            return false;
        }

        object message;
        Type type;
        try
        {
            using var envelope = JsonDocument.Parse(failed.Envelope);
            type = MessageTypes.Resolve(failed.MessageType);
            message = envelope.RootElement.GetProperty("message").Deserialize(type, MessageJson.Options)!;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or NotSupportedException)
        {
            throw new RuleViolationException(
                $"Failed message {id} cannot be read as a {failed.MessageType}, so replaying it would fail the same way; discard it.", "Unreadable");
        }

        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{failed.Queue}"));
        await endpoint.Send(message, type, context =>
        {
            context.MessageId = failed.MessageId;
            if (failed.Stream is not null)
            {
                context.Headers.Set(StreamHeaders.Stream, failed.Stream);
                context.Headers.Set(StreamHeaders.Subject, failed.Subject);
                context.Headers.Set(StreamHeaders.Sequence, failed.Sequence);
            }
        }, cancellationToken);
        return await DeleteFailedAsync(id, cancellationToken);
    }

    private async Task<bool> DeleteFailedAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await store.GetAsync<FailedMessage>(id, cancellationToken) is not { } failed)
        {
            return false;
        }

        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Delete(failed);
        await unitOfWork.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> DiscardDeadAsync(Guid id, string reason, string by, CancellationToken cancellationToken)
    {
        var dead = (await store.Outbox.DeadAsync(MaxRead, cancellationToken)).FirstOrDefault(d => d.Id == id);
        if (dead is null)
        {
            return false;
        }

        var notice = dead.Stream is null ? null : new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = typeof(EventDiscarded).FullName!,
            Body = JsonSerializer.Serialize(new EventDiscarded(dead.MessageType, reason, by, time.GetUtcNow()), MessageJson.Options),
            CreatedAt = time.GetUtcNow(),
            Sequence = dead.Sequence,
            PendingSequence = dead.Sequence,
            PartitionKey = dead.PartitionKey,
            Stream = dead.Stream,
            Subject = dead.Subject,
            SubjectSequence = dead.SubjectSequence,
        }.InCurrentTrace();
        return await store.Outbox.DiscardAsync(id, notice, cancellationToken);
    }

    private async Task<bool> SkipGapAsync(Guid parkedId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync<ParkedEvent>(parkedId, cancellationToken) is not { } parked
            || await store.GetAsync<StreamPosition>(parked.PositionId, cancellationToken) is not { } position
            || parked.Sequence <= position.Applied + 1)
        {
            return false;
        }

        var earliest = (await store.FindAsync<ParkedEvent>(p => p.PositionId == parked.PositionId, new QueryOptions<ParkedEvent>(p => p.Sequence, Take: 1), cancellationToken))[0];
        position.Applied = earliest.Sequence - 1;
        position.UpdatedAt = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(position);
        await unitOfWork.CommitAsync(cancellationToken);
        // The background pass applies the parked events that now follow; nothing waits for the lost ones any more.
        return true;
    }

    private async Task AuditAsync(string action, string target, int count, string by, CancellationToken cancellationToken)
    {
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(new OperationRecord { Action = action, Target = target, Messages = count, By = by, At = time.GetUtcNow() });
        await unitOfWork.CommitAsync(cancellationToken);
    }

    private static FailedMessageView View(FailedMessage failed) =>
        new(failed.Id, failed.Subject, failed.Sequence, failed.LastFailedAt, failed.Failures);

    private static JsonNode? Sample(string json, bool inner)
    {
        try
        {
            var node = JsonNode.Parse(json);
            return PayloadMask.Mask(inner ? node?["message"]?.DeepClone() : node);
        }
        catch (JsonException)
        {
            return JsonValue.Create("(not JSON)");
        }
    }

    private static FailedMessageGroup Group(string kind, string messageType, string cause, string? stream, List<(FailedMessageView View, JsonNode? Sample)> items) => new(
        DeterministicGuid.Of($"{kind}|{messageType}|{cause}").ToString("N"),
        kind,
        messageType,
        cause,
        items.Count,
        items.Min(i => i.View.At),
        items.Max(i => i.View.At),
        items[0].Sample,
        stream,
        [.. items.Select(i => i.View).Take(MaxShown)])
    {
        AllIds = [.. items.Select(i => i.View.Id)],
    };
}
