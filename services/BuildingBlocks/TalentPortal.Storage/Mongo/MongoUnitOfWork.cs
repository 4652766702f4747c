using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Mongo;

internal sealed class MongoUnitOfWork(MongoStore store, StoreModel model, TimeProvider time, OutboxSignal signal) : UnitOfWorkBase(model, time, signal)
{
    protected override Task ApplyAsync(IReadOnlyList<OutboxMessage> outbox, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.ApplyAsync(Changes, InboxMarks, outbox, now, cancellationToken);
}
