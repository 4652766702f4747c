using System.Linq.Expressions;
using MongoDB.Bson;
using MongoDB.Driver;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Mongo;

/// <summary>Production store: one database per service, writes in multi-document transactions (replica set required).</summary>
internal sealed partial class MongoStore : IStore, IOutboxStore
{
    internal const string OutboxCollection = "outbox";
    internal const string InboxCollection = "inbox";
    internal const string StreamCountersCollection = "outbox_streams";
    internal const string DeadCollection = "outbox_dead";

    private readonly IMongoClient _client;
    private readonly IMongoDatabase _database;
    private readonly StoreModel _model;
    private readonly TimeProvider _time;
    private readonly OutboxSignal _signal;

    public MongoStore(IMongoClient client, string databaseName, StoreModel model, TimeProvider time, OutboxSignal signal)
    {
        _signal = signal;
        MongoMapping.Register();
        _client = client;
        _database = client.GetDatabase(databaseName).WithWriteConcern(WriteConcern.WMajority).WithReadConcern(ReadConcern.Majority);
        _model = model;
        _time = time;
    }

    public IOutboxStore Outbox => this;

    private IMongoCollection<OutboxMessage> OutboxMessages => _database.GetCollection<OutboxMessage>(OutboxCollection);
    private IMongoCollection<InboxEntry> Inbox => _database.GetCollection<InboxEntry>(InboxCollection);
    private IMongoCollection<StreamCounter> StreamCounters => _database.GetCollection<StreamCounter>(StreamCountersCollection);
    private IMongoCollection<DeadOutboxMessage> Dead => _database.GetCollection<DeadOutboxMessage>(DeadCollection);

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var collection in _model.Collections)
        {
            var method = typeof(MongoStore).GetMethod(nameof(CreateIndexesAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(collection.DocumentType);
            await (Task)method.Invoke(this, [collection, cancellationToken])!;
        }

        await OutboxMessages.Indexes.CreateManyAsync(
            [
                new CreateIndexModel<OutboxMessage>(Builders<OutboxMessage>.IndexKeys.Ascending(m => m.DispatchedAt).Ascending(m => m.Sequence)),
                new CreateIndexModel<OutboxMessage>(Builders<OutboxMessage>.IndexKeys.Ascending(m => m.LeaseOwner)),
                new CreateIndexModel<OutboxMessage>(Builders<OutboxMessage>.IndexKeys.Ascending(m => m.Subject).Ascending(m => m.SubjectSequence)),
            ],
            cancellationToken);
        await Dead.Indexes.CreateOneAsync(new CreateIndexModel<DeadOutboxMessage>(Builders<DeadOutboxMessage>.IndexKeys.Ascending(m => m.DiedAt)), cancellationToken: cancellationToken);
        await Inbox.Indexes.CreateOneAsync(new CreateIndexModel<InboxEntry>(Builders<InboxEntry>.IndexKeys.Ascending(e => e.ProcessedAt)), cancellationToken: cancellationToken);
    }

    public Task PingAsync(CancellationToken cancellationToken = default) =>
        _database.RunCommandAsync((Command<BsonDocument>)"{ ping: 1 }", cancellationToken: cancellationToken);

    public async Task<T?> GetAsync<T>(Guid id, CancellationToken cancellationToken = default) where T : class, IAggregate =>
        await Collection<T>().Find(MongoQueries.ById<T>(id)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<T>> FindAsync<T>(Expression<Func<T, bool>> filter, QueryOptions<T>? options = null, CancellationToken cancellationToken = default)
        where T : class, IAggregate
    {
        var find = Collection<T>().Find(filter);
        if (options?.OrderBy is not null)
        {
            find = find.Sort(MongoQueries.Sort(options));
        }

        if (options?.Skip > 0)
        {
            find = find.Skip(options.Skip);
        }

        if (options?.Take is { } take)
        {
            find = find.Limit(take);
        }

        return await find.ToListAsync(cancellationToken);
    }

    public Task<long> CountAsync<T>(Expression<Func<T, bool>> filter, CancellationToken cancellationToken = default) where T : class, IAggregate =>
        Collection<T>().CountDocumentsAsync(filter, cancellationToken: cancellationToken);

    public async Task<bool> HasProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken = default) =>
        await Inbox.Find(MongoQueries.InboxKey(new InboxMark(consumer, messageId).Key)).AnyAsync(cancellationToken);

    public IUnitOfWork BeginUnitOfWork() => new MongoUnitOfWork(this, _model, _time, _signal);

    internal IMongoCollection<T> Collection<T>() where T : class, IAggregate =>
        _database.GetCollection<T>(_model.For<T>().Name);

    internal async Task ApplyAsync(
        IReadOnlyList<AggregateChange> changes, IReadOnlyList<InboxMark> inbox, IReadOnlyList<OutboxMessage> outbox, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var session = await _client.StartSessionAsync(cancellationToken: cancellationToken);
        await session.WithTransactionAsync(
            async (s, ct) =>
            {
                foreach (var mark in inbox)
                {
                    try
                    {
                        await Inbox.InsertOneAsync(s, new InboxEntry { Id = mark.Key, ProcessedAt = now }, cancellationToken: ct);
                    }
                    catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
                    {
                        throw new MessageAlreadyProcessedException(mark.Consumer, mark.MessageId);
                    }
                }

                foreach (var change in changes)
                {
                    var method = typeof(MongoStore).GetMethod(nameof(ApplyChangeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                        .MakeGenericMethod(change.Collection.DocumentType);
                    await (Task)method.Invoke(this, [s, change, ct])!;
                }

                if (outbox.Count > 0)
                {
                    // Numbered inside the transaction: two commits for one subject conflict on its counter and the
                    // driver retries the later one, so numbers follow commit order with no gap.
                    foreach (var message in outbox.Where(m => m.StreamKey is not null))
                    {
                        var counter = await StreamCounters.FindOneAndUpdateAsync(
                            s, MongoQueries.Counter(message.StreamKey!), MongoQueries.NextNumber(), MongoQueries.UpsertAfter, ct);
                        message.SubjectSequence = counter.Last;
                    }

                    await OutboxMessages.InsertManyAsync(s, outbox, cancellationToken: ct);
                }

                return true;
            },
            cancellationToken: cancellationToken);
    }

    private async Task CreateIndexesAsync<T>(CollectionModel collection, CancellationToken cancellationToken) where T : class, IAggregate
    {
        if (collection.Indexes.Count == 0)
        {
            return;
        }

        var models = collection.Indexes.Select(i => new CreateIndexModel<T>(
            MongoQueries.IndexKey<T>(i.Key), new CreateIndexOptions { Name = i.Name, Unique = i.Unique }));
        await _database.GetCollection<T>(collection.Name).Indexes.CreateManyAsync(models, cancellationToken);
    }

    private async Task ApplyChangeAsync<T>(IClientSessionHandle session, AggregateChange change, CancellationToken cancellationToken) where T : class, IAggregate
    {
        var collection = _database.GetCollection<T>(change.Collection.Name);
        var aggregate = (T)change.Aggregate;
        try
        {
            var matched = change.Kind switch
            {
                ChangeKind.Insert => await InsertAsync(collection, session, aggregate, cancellationToken),
                ChangeKind.Update => (await collection.ReplaceOneAsync(session, MongoQueries.ByIdAndVersion<T>(aggregate.Id, change.ExpectedVersion), aggregate, cancellationToken: cancellationToken)).MatchedCount,
                _ => (await collection.DeleteOneAsync(session, MongoQueries.ByIdAndVersion<T>(aggregate.Id, change.ExpectedVersion), cancellationToken: cancellationToken)).DeletedCount,
            };
            if (matched == 0)
            {
                throw new ConcurrencyConflictException(change.Collection.Name, aggregate.Id, change.ExpectedVersion);
            }
        }
        catch (MongoWriteException e) when (e.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            var index = change.Collection.Indexes.FirstOrDefault(i => e.WriteError.Message.Contains(i.Name, StringComparison.Ordinal))?.Name ?? "_id";
            throw new DuplicateKeyException(change.Collection.Name, index, e);
        }
    }

    private static async Task<long> InsertAsync<T>(IMongoCollection<T> collection, IClientSessionHandle session, T aggregate, CancellationToken cancellationToken)
    {
        await collection.InsertOneAsync(session, aggregate, cancellationToken: cancellationToken);
        return 1;
    }
}
