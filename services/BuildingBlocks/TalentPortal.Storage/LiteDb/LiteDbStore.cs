using System.Collections.Concurrent;
using System.Linq.Expressions;
using LiteDB;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.LiteDb;

/// <summary>Embedded store: one LiteDB file per service. Writes are serialized by a process-wide lock and run
/// synchronously between BeginTrans and Commit (LiteDB transactions are bound to the calling thread).</summary>
internal sealed partial class LiteDbStore : IStore, IOutboxStore, IDisposable
{
    internal const string OutboxCollection = "outbox";
    internal const string InboxCollection = "inbox";
    internal const string StreamCountersCollection = "outbox_streams";
    internal const string DeadCollection = "outbox_dead";

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
        var dead = _db.GetCollection<DeadOutboxMessage>(DeadCollection);
        dead.EnsureIndex(m => m.PartitionKey);
        dead.EnsureIndex(m => m.DiedAt);
        outbox.EnsureIndex(m => m.Subject);
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
}

internal sealed class LiteDbUnitOfWork(LiteDbStore store, StoreModel model, TimeProvider time, OutboxSignal signal) : UnitOfWorkBase(model, time, signal)
{
    protected override Task ApplyAsync(IReadOnlyList<OutboxMessage> outbox, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.ApplyAsync(Changes, InboxMarks, outbox, now);
}
