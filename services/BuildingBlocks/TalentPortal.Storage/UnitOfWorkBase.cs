using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage;

/// <summary>Collects changes for one commit; the adapter decides how to write them atomically.</summary>
internal abstract class UnitOfWorkBase(StoreModel model, TimeProvider time, OutboxSignal signal) : IUnitOfWork
{
    private readonly List<object> _events = [];
    private bool _committed;

    protected List<AggregateChange> Changes { get; } = [];
    protected List<InboxMark> InboxMarks { get; } = [];
    protected TimeProvider Time { get; } = time;

    public void Insert<T>(T aggregate) where T : class, IAggregate =>
        Add(ChangeKind.Insert, aggregate);

    public void Update<T>(T aggregate) where T : class, IAggregate =>
        Add(ChangeKind.Update, aggregate);

    public void Delete<T>(T aggregate) where T : class, IAggregate =>
        Add(ChangeKind.Delete, aggregate);

    public void Publish<TEvent>(TEvent integrationEvent) where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        _events.Add(integrationEvent);
    }

    public void MarkProcessed(string consumer, Guid messageId) =>
        InboxMarks.Add(new InboxMark(consumer, messageId));

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_committed)
        {
            throw new InvalidOperationException("This unit of work was already committed.");
        }

        var now = Time.GetUtcNow();
        var outbox = _events.Select((e, i) => OutboxMessage.Create(e, now, i)).ToList();
        foreach (var change in Changes)
        {
            change.Aggregate.Version = change.ExpectedVersion + 1;
        }

        try
        {
            await ApplyAsync(outbox, now, cancellationToken);
            _committed = true;
            if (outbox.Count > 0)
            {
                signal.Notify();
            }
        }
        catch
        {
            foreach (var change in Changes)
            {
                change.Aggregate.Version = change.ExpectedVersion;
            }

            throw;
        }
    }

    /// <summary>Writes every change, outbox message and inbox mark, or none of them.</summary>
    protected abstract Task ApplyAsync(IReadOnlyList<OutboxMessage> outbox, DateTimeOffset now, CancellationToken cancellationToken);

    private void Add(ChangeKind kind, IAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (kind == ChangeKind.Insert && aggregate.Version != 0)
        {
            throw new InvalidOperationException($"{aggregate.GetType().Name} {aggregate.Id} is already stored; use Update.");
        }

        Changes.Add(new AggregateChange(kind, model.For(aggregate.GetType()), aggregate, aggregate.Version));
    }
}
