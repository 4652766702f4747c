using System.Collections.Concurrent;
using System.Linq.Expressions;
using LiteDB;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.LiteDb;

/// <summary>Embedded store: one LiteDB file per service. Writes are serialized by a process-wide lock and run
/// synchronously between BeginTrans and Commit (LiteDB transactions are bound to the calling thread).</summary>
internal sealed class LiteDbStore : IStore, IOutboxStore, IDisposable
{
    internal const string OutboxCollection = "outbox";
    internal const string InboxCollection = "inbox";

    private readonly LiteDatabase _db;
    private readonly StoreModel _model;
    private readonly TimeProvider _time;
    private readonly OutboxSignal _signal;
    private readonly Lock _writeLock = new();
    private const int MaxGroup = 64;

    /// <summary>Undispatched messages as a range of the PendingSequence index. Null (dispatched) sorts below every
    /// number, so the range skips the dispatched messages kept for retention, where "!= null" would walk them all.</summary>
    private static readonly BsonExpression Pending = Query.GTE(nameof(OutboxMessage.PendingSequence), new BsonValue(long.MinValue));
    private readonly ConcurrentQueue<QueuedWrite> _queuedWrites = new();
    private readonly Dictionary<Guid, Lease> _leases = [];
    private int _writing;

    public LiteDbStore(string fileName, StoreModel model, TimeProvider time, OutboxSignal signal)
    {
        _signal = signal;
        var directory = Path.GetDirectoryName(Path.GetFullPath(fileName));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _db = new LiteDatabase(new ConnectionString { Filename = fileName, Connection = ConnectionType.Direct }, LiteDbMapping.CreateMapper());
        _model = model;
        _time = time;
    }

    public IOutboxStore Outbox => this;

    public Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var collection in _model.Collections)
        {
            var raw = _db.GetCollection(collection.Name);
            foreach (var index in collection.Indexes)
            {
                raw.EnsureIndex(index.Name, LiteDbMapping.ToBsonExpression(_db.Mapper, index.Key), index.Unique);
            }
        }

        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        outbox.EnsureIndex(m => m.DispatchedAt);
        outbox.EnsureIndex(m => m.PendingSequence);

        // Claims go by PendingSequence; an index on Sequence (made by earlier versions) only cost every insert.
        outbox.DropIndex(nameof(OutboxMessage.Sequence));

        // Messages written before PendingSequence existed are claimable like the others.
        InTransaction(() => outbox.UpdateMany(
            m => new OutboxMessage { PendingSequence = m.Sequence },
            m => m.DispatchedAt == null && m.PendingSequence == null));
        _db.GetCollection<InboxEntry>(InboxCollection).EnsureIndex(e => e.ProcessedAt);
        return Task.CompletedTask;
    }

    public Task PingAsync(CancellationToken cancellationToken = default)
    {
        _ = _db.GetCollectionNames().Count();
        return Task.CompletedTask;
    }

    public Task<T?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class, IAggregate =>
        Task.FromResult<T?>(Collection<T>().FindById(id));

    public Task<IReadOnlyList<T>> FindAsync<T>(Expression<Func<T, bool>> filter, QueryOptions<T>? options = null, CancellationToken cancellationToken = default)
        where T : class, IAggregate
    {
        var query = Collection<T>().Query().Where(filter);
        if (options?.OrderBy is { } orderBy)
        {
            query = options.Descending ? query.OrderByDescending(orderBy) : query.OrderBy(orderBy);
        }

        var result = query.Skip(options?.Skip ?? 0);
        var list = options?.Take is { } take ? result.Limit(take).ToList() : result.ToList();
        return Task.FromResult<IReadOnlyList<T>>(list);
    }

    public Task<long> CountAsync<T>(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default) where T : class, IAggregate =>
        Task.FromResult(Collection<T>().LongCount(filter));

    public Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_db.GetCollection<InboxEntry>(InboxCollection).FindById(new InboxMark(consumer, messageId).Key) is not null);

    public IUnitOfWork BeginUnitOfWork() => new LiteDbUnitOfWork(this, _model, _time, _signal);

    /// <summary>Leases are kept in memory: a LiteDB file is open in one process only, so every relay that could
    /// compete for a message is in this one, and a claim costs no write. After a restart no lease survives, and none
    /// should: the relays that held them are gone. Attempts reach the file when a publish fails.</summary>
    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, TimeSpan lease, int max, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        var batch = new List<OutboxMessage>();
        lock (_writeLock)
        {
            // Walks the pending range of the PendingSequence index in order and stops after max.
            foreach (var message in outbox.Query().Where(Pending).OrderBy(m => m.PendingSequence).ToEnumerable())
            {
                var attempts = message.Attempts;
                if (_leases.TryGetValue(message.Id, out var held))
                {
                    if (held.Until >= now)
                    {
                        continue;
                    }

                    attempts = Math.Max(attempts, held.Attempts);
                }

                message.LeaseOwner = owner;
                message.LeaseExpiresAt = now + lease;
                message.Attempts = attempts + 1;
                _leases[message.Id] = new Lease(now + lease, message.Attempts);
                batch.Add(message);
                if (batch.Count == max)
                {
                    break;
                }
            }
        }

        return Task.FromResult<IReadOnlyList<OutboxMessage>>(batch);
    }

    public Task MarkDispatchedAsync(IReadOnlyCollection<Guid> messageIds, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        if (messageIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        InTransaction(() =>
        {
            foreach (var messageId in messageIds)
            {
                _leases.Remove(messageId);
                if (outbox.FindById(messageId) is { } message)
                {
                    message.DispatchedAt = at;
                    message.PendingSequence = null;
                    message.LeaseOwner = null;
                    message.LeaseExpiresAt = null;
                    message.LastError = null;
                    outbox.Update(message);
                }
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(Guid messageId, string failure, CancellationToken cancellationToken = default)
    {
        var outbox = _db.GetCollection<OutboxMessage>(OutboxCollection);
        InTransaction(() =>
        {
            _leases.Remove(messageId, out var held);
            if (outbox.FindById(messageId) is { DispatchedAt: null } message)
            {
                message.LeaseOwner = null;
                message.LeaseExpiresAt = null;
                message.Attempts = Math.Max(message.Attempts, held?.Attempts ?? 0);
                message.LastError = failure;
                outbox.Update(message);
            }

            return 0;
        });
        return Task.CompletedTask;
    }

    /// <summary>LiteDB's plan for finding undispatched messages (which index, and how it is walked).</summary>
    internal string PendingQueryPlan() =>
        _db.GetCollection<OutboxMessage>(OutboxCollection).Query().Where(Pending).OrderBy(m => m.PendingSequence).GetPlan().ToString();

    public Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken = default)
    {
        var pending = _db.GetCollection<OutboxMessage>(OutboxCollection).Query().Where(Pending);
        var count = pending.LongCount();
        var oldest = count == 0 ? null : pending.OrderBy(m => m.PendingSequence).Limit(1).FirstOrDefault()?.CreatedAt;
        return Task.FromResult(new OutboxBacklog(count, oldest));
    }

    public Task<long> PurgeAsync(DateTimeOffset dispatchedBefore, DateTimeOffset processedBefore, CancellationToken cancellationToken = default)
    {
        var deleted = InTransaction(() =>
            (long)_db.GetCollection<OutboxMessage>(OutboxCollection).DeleteMany(m => m.DispatchedAt != null && m.DispatchedAt < dispatchedBefore)
            + _db.GetCollection<InboxEntry>(InboxCollection).DeleteMany(e => e.ProcessedAt < processedBefore));
        return Task.FromResult(deleted);
    }

    public void Dispose() => _db.Dispose();

    internal ILiteCollection<T> Collection<T>() where T : class, IAggregate =>
        _db.GetCollection<T>(_model.For<T>().Name);

    internal TResult InTransaction<TResult>(Func<TResult> work)
    {
        lock (_writeLock)
        {
            if (!_db.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                var result = work();
                _db.Commit();
                return result;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <summary>Queues one unit of work's writes; whoever finds no writer at work becomes it and commits the queue in
    /// groups, one LiteDB transaction per group. Waiting callers hold no thread and spin on no lock.</summary>
    internal Task ApplyAsync(IReadOnlyList<AggregateChange> changes, IReadOnlyList<InboxMark> inbox, IReadOnlyList<OutboxMessage> outbox, DateTimeOffset now)
    {
        var write = new QueuedWrite(changes, inbox, outbox, now);
        _queuedWrites.Enqueue(write);
        WriteQueued();
        return write.Done.Task;
    }

    /// <summary>Queues every write until disposed, then commits the queue in groups (for tests of grouped commits).</summary>
    internal IDisposable HoldWrites()
    {
        var spin = new SpinWait();
        while (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
        {
            spin.SpinOnce();
        }

        return new WritesHeld(this);
    }

    private sealed class WritesHeld(LiteDbStore store) : IDisposable
    {
        public void Dispose()
        {
            Volatile.Write(ref store._writing, 0);
            store.WriteQueued();
        }
    }

    private void WriteQueued()
    {
        // Re-checked after the writer steps down: a write queued while it was finishing is not left behind.
        while (!_queuedWrites.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            try
            {
                var group = new List<QueuedWrite>(MaxGroup);
                while (group.Count < MaxGroup && _queuedWrites.TryDequeue(out var write))
                {
                    group.Add(write);
                }

                if (group.Count > 0)
                {
                    CommitGroup(group);
                }
            }
            finally
            {
                Volatile.Write(ref _writing, 0);
            }
        }
    }

    /// <summary>One transaction for the group. A unit whose inbox mark or expected version no longer holds fails alone,
    /// before any of its writes; any other failure rolls the group back and each unit is committed on its own, so a
    /// unit fails only for its own reason and never half-written.</summary>
    private void CommitGroup(List<QueuedWrite> group)
    {
        var failures = new Exception?[group.Count];
        try
        {
            InTransaction(() =>
            {
                for (var i = 0; i < group.Count; i++)
                {
                    failures[i] = Precondition(group[i]);
                    if (failures[i] is null)
                    {
                        Write(group[i]);
                    }
                }

                return 0;
            });
        }
        catch (Exception) when (group.Count > 1)
        {
            foreach (var write in group)
            {
                CommitGroup([write]);
            }

            return;
        }
        catch (Exception e)
        {
            group[0].Done.TrySetException(e);
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                group[i].Done.TrySetException(failure);
            }
            else
            {
                group[i].Done.TrySetResult();
            }
        }
    }

    private Exception? Precondition(QueuedWrite write)
    {
        var inboxCollection = _db.GetCollection<InboxEntry>(InboxCollection);
        foreach (var mark in write.Inbox)
        {
            if (inboxCollection.FindById(mark.Key) is not null)
            {
                return new MessageAlreadyProcessedException(mark.Consumer, mark.MessageId);
            }
        }

        foreach (var change in write.Changes)
        {
            if (change.Kind == ChangeKind.Insert)
            {
                continue;
            }

            var current = _db.GetCollection(change.Collection.Name).FindById(new BsonValue(change.Aggregate.Id));
            if (current is null || current[nameof(IAggregate.Version)].AsInt64 != change.ExpectedVersion)
            {
                return new ConcurrencyConflictException(change.Collection.Name, change.Aggregate.Id, change.ExpectedVersion);
            }
        }

        return null;
    }

    private void Write(QueuedWrite write)
    {
        var inboxCollection = _db.GetCollection<InboxEntry>(InboxCollection);
        foreach (var mark in write.Inbox)
        {
            inboxCollection.Insert(new InboxEntry { Id = mark.Key, ProcessedAt = write.Now });
        }

        foreach (var change in write.Changes)
        {
            ApplyChange(change);
        }

        if (write.Outbox.Count > 0)
        {
            _db.GetCollection<OutboxMessage>(OutboxCollection).InsertBulk(write.Outbox);
        }
    }

    private void ApplyChange(AggregateChange change)
    {
        var name = change.Collection.Name;
        var raw = _db.GetCollection(name);
        try
        {
            switch (change.Kind)
            {
                case ChangeKind.Insert:
                    raw.Insert(_db.Mapper.ToDocument(change.Collection.DocumentType, change.Aggregate));
                    break;
                case ChangeKind.Update:
                    raw.Update(_db.Mapper.ToDocument(change.Collection.DocumentType, change.Aggregate));
                    break;
                case ChangeKind.Delete:
                    raw.Delete(new BsonValue(change.Aggregate.Id));
                    break;
            }
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            throw new DuplicateKeyException(name, IndexName(e.Message), e);
        }
    }

    private static string IndexName(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : "key";
    }
}

internal sealed class LiteDbUnitOfWork(LiteDbStore store, StoreModel model, TimeProvider time, OutboxSignal signal) : UnitOfWorkBase(model, time, signal)
{
    protected override Task ApplyAsync(IReadOnlyList<OutboxMessage> outbox, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.ApplyAsync(Changes, InboxMarks, outbox, now);
}

internal sealed record Lease(DateTimeOffset Until, int Attempts);

internal sealed record QueuedWrite(IReadOnlyList<AggregateChange> Changes, IReadOnlyList<InboxMark> Inbox, IReadOnlyList<OutboxMessage> Outbox, DateTimeOffset Now)
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
