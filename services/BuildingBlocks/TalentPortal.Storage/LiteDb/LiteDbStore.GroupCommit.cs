using LiteDB;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.LiteDb;

/// <summary>Grouped commits: units of work queue, and whoever finds no writer at work commits the queue in groups.</summary>
internal sealed partial class LiteDbStore
{
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
            NumberInStreams(write.Outbox);
            _db.GetCollection<OutboxMessage>(OutboxCollection).InsertBulk(write.Outbox);
        }
    }

    /// <summary>Gives each event the next number of its subject in its stream, inside the commit: commits are
    /// serialized, so numbers follow commit order with no gap (a rolled-back group numbers its units again).</summary>
    private void NumberInStreams(IReadOnlyList<OutboxMessage> outbox)
    {
        var counters = _db.GetCollection<StreamCounter>(StreamCountersCollection);
        foreach (var message in outbox)
        {
            if (message.StreamKey is { } key)
            {
                var counter = counters.FindById(key) ?? new StreamCounter { Id = key };
                counter.Last++;
                counters.Upsert(counter);
                message.SubjectSequence = counter.Last;
            }
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

internal sealed record QueuedWrite(IReadOnlyList<AggregateChange> Changes, IReadOnlyList<InboxMark> Inbox, IReadOnlyList<OutboxMessage> Outbox, DateTimeOffset Now)
{
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
