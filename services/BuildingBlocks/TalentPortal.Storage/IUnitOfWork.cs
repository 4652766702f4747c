namespace TalentPortal.Storage;

/// <summary>Collects changes and commits them in one store transaction: aggregate writes (with optimistic
/// concurrency), outgoing integration events (outbox) and processed message ids (inbox).</summary>
public interface IUnitOfWork
{
    /// <summary>Inserts a new aggregate (its version becomes 1).</summary>
    void Insert<T>(T aggregate) where T : class, IAggregate;

    /// <summary>Replaces an aggregate if nobody changed it since it was read.</summary>
    void Update<T>(T aggregate) where T : class, IAggregate;

    /// <summary>Deletes an aggregate if nobody changed it since it was read.</summary>
    void Delete<T>(T aggregate) where T : class, IAggregate;

    /// <summary>Queues an integration event for publication after commit.</summary>
    void Publish<TEvent>(TEvent integrationEvent) where TEvent : class;

    /// <summary>Records that <paramref name="consumer"/> processed <paramref name="messageId"/>; a second
    /// commit with the same pair fails with <see cref="MessageAlreadyProcessedException"/> and writes nothing.</summary>
    void MarkProcessed(string consumer, Guid messageId);

    /// <summary>Writes everything or nothing.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
