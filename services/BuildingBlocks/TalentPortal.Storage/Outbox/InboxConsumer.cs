using MassTransit;

namespace TalentPortal.Storage.Outbox;

/// <summary>Base for every consumer: the handler's changes and the (consumer, message id) inbox mark commit together,
/// so a redelivered message is acknowledged without being applied twice.</summary>
public abstract class InboxConsumer<TMessage>(IStore store) : IConsumer<TMessage> where TMessage : class
{
    /// <summary>Inbox key of this consumer; unique within the service's store.</summary>
    protected virtual string ConsumerName => GetType().Name;

    protected IStore Store { get; } = store;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        if (await Store.HasProcessedAsync(ConsumerName, messageId, context.CancellationToken))
        {
            return;
        }

        var unitOfWork = Store.BeginUnitOfWork();
        unitOfWork.MarkProcessed(ConsumerName, messageId);
        await HandleAsync(context.Message, unitOfWork, context.CancellationToken);
        try
        {
            await unitOfWork.CommitAsync(context.CancellationToken);
        }
        catch (MessageAlreadyProcessedException)
        {
            // A concurrent delivery of the same message committed first: its effect is already stored.
        }
    }

    /// <summary>Loads aggregates, applies the message and registers changes on <paramref name="unitOfWork"/>; does not commit.</summary>
    protected abstract Task HandleAsync(TMessage message, IUnitOfWork unitOfWork, CancellationToken cancellationToken);
}
