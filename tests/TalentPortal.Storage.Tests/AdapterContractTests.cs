using MongoDB.Driver;
using TalentPortal.Storage.LiteDb;
using TalentPortal.Storage.Mongo;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

public sealed class LiteDbContractTests : StoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "talentportal-store-tests", Guid.NewGuid().ToString("N"));
    private LiteDbStore? _store;

    protected override Task<IStore> CreateStoreAsync(StoreModel model)
    {
        _store = new LiteDbStore(Path.Combine(_directory, "contract.db"), model, TimeProvider.System, new OutboxSignal());
        return Task.FromResult<IStore>(_store);
    }

    protected override IDisposable HoldWrites() => _store!.HoldWrites();

    protected override Task DisposeStoreAsync()
    {
        _store?.Dispose();
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

[RequiresMongo]
public sealed class MongoContractTests : StoreContractTests
{
    private readonly string _database = $"contract_{Guid.NewGuid():N}";
    private MongoClient? _client;

    protected override Task<IStore> CreateStoreAsync(StoreModel model)
    {
        MongoMapping.Register();
        _client = new MongoClient(RequiresMongoAttribute.ConnectionString);
        return Task.FromResult<IStore>(new MongoStore(_client, _database, model, TimeProvider.System, new OutboxSignal()));
    }

    protected override async Task DisposeStoreAsync()
    {
        if (_client is not null)
        {
            await _client.DropDatabaseAsync(_database);
            _client.Dispose();
        }
    }
}
