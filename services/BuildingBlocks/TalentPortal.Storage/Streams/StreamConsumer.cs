using System.Globalization;
using MassTransit;
using TalentPortal.Contracts.Operations;

namespace TalentPortal.Storage.Streams;

/// <summary>
/// Base of every consumer: applies one event stream to a read model, each subject's events in their sequence whatever
/// order they arrive in. An event already applied (a duplicate or an older one) changes nothing; one that arrives
/// before an earlier one is parked, acknowledged, and applied when the gap fills — no exception, no retry, no error
/// queue. The changes an event makes and the new position commit together. Events that carry no stream address
/// (published outside an outbox) are applied once, deduplicated by the inbox.
/// </summary>
public abstract class StreamConsumer(IStore store, TimeProvider time) : IConsumer<EventDiscarded>
{
    /// <summary>The name positions, parked events and inbox marks are kept under; unique within the service.</summary>
    public virtual string ConsumerName => GetType().Name;

    private const int MaxDrainConflicts = 50;

    protected IStore Store { get; } = store;

    protected TimeProvider Time { get; } = time;

    /// <summary>Loads what the event changes and registers the changes on <paramref name="unitOfWork"/>; does not commit.</summary>
    protected internal abstract Task ApplyAsync(object message, IUnitOfWork unitOfWork, CancellationToken cancellationToken);

    /// <summary>An operator discarded an event of a stream this consumer reads: move past its number.</summary>
    public Task Consume(ConsumeContext<EventDiscarded> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AddressOf(context) is { } address && ConsumedStreams.Of(GetType()).Contains(address.Stream)
            ? ApplyInOrderAsync(context.Message, context.MessageId ?? Guid.NewGuid(), address, context.CancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>What each <c>Consume</c> of a derived consumer calls.</summary>
    protected Task ConsumeInOrderAsync<T>(ConsumeContext<T> context) where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a message id.");
        return AddressOf(context) is { } address
            ? ApplyInOrderAsync(context.Message, messageId, address, context.CancellationToken)
            : ApplyOnceAsync(context.Message, messageId, context.CancellationToken);
    }

    internal async Task ApplyInOrderAsync(object message, Guid messageId, StreamAddress address, CancellationToken cancellationToken)
    {
        var position = await Store.GetAsync<StreamPosition>(StreamPosition.IdOf(ConsumerName, address.Stream, address.Subject), cancellationToken);
        var isNew = position is null;
        position ??= StreamPosition.Start(ConsumerName, address.Stream, address.Subject);
        if (address.Sequence <= position.Applied)
        {
            // Already applied. A redelivery after a failed drain is also the moment to apply what waits behind it.
            if (position.Parked > 0)
            {
                await DrainAsync(position.Id, cancellationToken);
            }

            return;
        }

        var unitOfWork = Store.BeginUnitOfWork();
        position.UpdatedAt = Time.GetUtcNow();
        if (address.Sequence > position.Applied + 1)
        {
            if (await Store.GetAsync<ParkedEvent>(ParkedEvent.IdOf(position.Id, address.Sequence), cancellationToken) is not null)
            {
                return;
            }

            position.Parked++;
            unitOfWork.Insert(ParkedEvent.Of(this, position, address.Sequence, messageId, message, position.UpdatedAt));
            Save(unitOfWork, position, isNew);
            await unitOfWork.CommitAsync(cancellationToken);

            // The gap may have filled while this event was parked by a delivery whose drain lost a race to this commit.
            await DrainAsync(position.Id, cancellationToken);
            return;
        }

        if (message is not EventDiscarded)
        {
            await ApplyAsync(message, unitOfWork, cancellationToken);
        }

        // A second delivery of an event that was parked (it arrived early once, and again once its gap filled) applies
        // it here: the parked copy goes with it, or it would wait forever behind a position that has passed it.
        if (position.Parked > 0 && await Store.GetAsync<ParkedEvent>(ParkedEvent.IdOf(position.Id, address.Sequence), cancellationToken) is { } parkedCopy)
        {
            unitOfWork.Delete(parkedCopy);
            position.Parked--;
        }

        position.Applied = address.Sequence;
        Save(unitOfWork, position, isNew);
        await unitOfWork.CommitAsync(cancellationToken);
        if (position.Parked > 0)
        {
            await DrainAsync(position.Id, cancellationToken);
        }
    }

    /// <summary>Applies the parked events that now follow the position, each in its own commit, until a gap. A commit
    /// that meets a concurrent change (another delivery moved the position, or another writer changed the read model)
    /// reads again and goes on: every conflict means someone else made progress, so the loop ends, and no event that
    /// could be applied is left for the background sweep.</summary>
    public async Task DrainAsync(Guid positionId, CancellationToken cancellationToken)
    {
        for (var conflicts = 0; conflicts < MaxDrainConflicts
            && await Store.GetAsync<StreamPosition>(positionId, cancellationToken) is { Parked: > 0 } position
            && await Store.GetAsync<ParkedEvent>(ParkedEvent.IdOf(positionId, position.Applied + 1), cancellationToken) is { } next;)
        {
            var unitOfWork = Store.BeginUnitOfWork();
            var message = next.Message();
            if (message is not EventDiscarded)
            {
                await ApplyAsync(message, unitOfWork, cancellationToken);
            }

            position.Applied = next.Sequence;
            position.Parked--;
            position.UpdatedAt = Time.GetUtcNow();
            unitOfWork.Update(position);
            unitOfWork.Delete(next);
            try
            {
                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Read the position and the read model again (bounded: a drain that keeps losing leaves the rest to the
                // winner and, failing that, to the background sweep).
                conflicts++;
            }
        }
    }

    private async Task ApplyOnceAsync(object message, Guid messageId, CancellationToken cancellationToken)
    {
        if (await Store.HasProcessedAsync(ConsumerName, messageId, cancellationToken))
        {
            return;
        }

        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.MarkProcessed(ConsumerName, messageId);
        await ApplyAsync(message, unitOfWork, cancellationToken);
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (MessageAlreadyProcessedException)
        {
            // A concurrent delivery of the same message committed first: its effect is already stored.
        }
    }

    private static void Save(IUnitOfWork unitOfWork, StreamPosition position, bool isNew)
    {
        if (isNew)
        {
            unitOfWork.Insert(position);
        }
        else
        {
            unitOfWork.Update(position);
        }
    }

    /// <summary>The stream address the relay put in the headers, or null when the message carries none.</summary>
    public static StreamAddress? AddressOf(ConsumeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stream = context.Headers.Get<string>(StreamHeaders.Stream);
        var subject = context.Headers.Get<string>(StreamHeaders.Subject);
        var sequence = context.Headers.Get<object>(StreamHeaders.Sequence);
        return stream is null || subject is null || sequence is null
            ? null
            : new StreamAddress(stream, subject, Convert.ToInt64(sequence, CultureInfo.InvariantCulture));
    }
}
