namespace TalentPortal.Storage;

internal sealed record AggregateChange(ChangeKind Kind, CollectionModel Collection, IAggregate Aggregate, long ExpectedVersion);
