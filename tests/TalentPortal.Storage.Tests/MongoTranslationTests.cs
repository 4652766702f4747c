using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using TalentPortal.Storage.Mongo;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Tests;

/// <summary>The Mongo adapter's BSON shapes and the MQL of every query it issues, checked without a server.</summary>
public sealed class MongoTranslationTests
{
    private static readonly MongoDB.Bson.IO.JsonWriterSettings Shell = new() { OutputMode = MongoDB.Bson.IO.JsonOutputMode.Shell };
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    public MongoTranslationTests() => MongoMapping.Register();

    private static string Render<T>(FilterDefinition<T> filter) =>
        filter.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry)).ToJson(Shell);

    private static string Render<T>(UpdateDefinition<T> update) =>
        update.Render(new RenderArgs<T>(BsonSerializer.LookupSerializer<T>(), BsonSerializer.SerializerRegistry)).ToJson(Shell);

    [Fact]
    public void Sample_serializesGuidsStandardMoneyAsDecimal128AndEnumsAsStrings()
    {
        var sample = Sample.Create("BSON-1");
        sample.Approve(Now);

        var document = sample.ToBsonDocument();

        Assert.Equal(BsonBinarySubType.UuidStandard, document["_id"].AsBsonBinaryData.SubType);
        Assert.Equal(BsonType.Decimal128, document["Amount"].BsonType);
        Assert.Equal("Approved", document["Status"].AsString);
        Assert.Equal("2021-10-14", document["EffectiveFrom"].AsString);
        Assert.Equal(BsonType.DateTime, document["CreatedAt"].BsonType);
        Assert.Equal(BsonType.Decimal128, document["Lines"][0]["Amount"].BsonType);
    }

    [Fact]
    public void Sample_roundTripsThroughBson()
    {
        var sample = Sample.Create("BSON-2");
        sample.Approve(Now);
        sample.Version = 4;

        var back = BsonSerializer.Deserialize<Sample>(sample.ToBsonDocument());

        Assert.Equal(sample.Id, back.Id);
        Assert.Equal(4, back.Version);
        Assert.Equal(350_000.10m, back.Amount);
        Assert.Equal(sample.CreatedAt, back.CreatedAt);
        Assert.Equal(Now, back.DecidedAt);
        Assert.Equal(SampleStatus.Approved, back.Status);
        Assert.Equal(140_000.04m, Assert.Single(back.Lines).Amount);
    }

    [Fact]
    public void KeysetFilter_onTheId_rendersAsGreaterThanOnUnderscoreId()
    {
        var cursor = Guid.Parse("0192f000-0000-7000-8000-000000000009");

        var rendered = Render(Builders<Sample>.Filter.Where(s => s.Id > cursor));

        Assert.Equal("{ \"_id\" : { \"$gt\" : UUID(\"0192f000-0000-7000-8000-000000000009\") } }", rendered);
    }

    [Fact]
    public void OutboxMessageAndInboxEntry_roundTripThroughBson()
    {
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            MessageType = "TalentPortal.Contracts.TalentRegistry.TalentRegistered",
            Body = "{\"talentId\":\"x\"}",
            CreatedAt = Now,
            Sequence = 42,
            LeaseOwner = "relay-a",
            LeaseExpiresAt = Now.AddSeconds(30),
            Attempts = 2,
            TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
            TraceState = "portal=1",
        };
        var entry = new InboxEntry { Id = "Consumer|abc", ProcessedAt = Now };

        var messageDocument = message.ToBsonDocument();
        var backMessage = BsonSerializer.Deserialize<OutboxMessage>(messageDocument);
        var entryDocument = entry.ToBsonDocument();

        Assert.Equivalent(message, backMessage);
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", messageDocument["TraceParent"].AsString);
        Assert.Equal("portal=1", messageDocument["TraceState"].AsString);
        Assert.Equal("Consumer|abc", entryDocument["_id"].AsString);
        Assert.Equal(Now, BsonSerializer.Deserialize<InboxEntry>(entryDocument).ProcessedAt);
    }

    [Fact]
    public void DeadOutboxMessage_roundTripsThroughBson_withTheTraceContextItWasWrittenIn()
    {
        var message = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            MessageType = "TalentPortal.Contracts.TalentRegistry.TalentRegistered",
            Body = "{}",
            CreatedAt = Now,
            Sequence = 7,
            TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        };
        var dead = DeadOutboxMessage.From(message, "poison", Now.AddMinutes(1));

        var back = BsonSerializer.Deserialize<DeadOutboxMessage>(dead.ToBsonDocument());

        Assert.Equivalent(dead, back);
        Assert.Equal(message.TraceParent, back.Revive().TraceParent);
    }

    [Fact]
    public void AggregateFilters_addressIdAndVersion()
    {
        var id = Guid.Parse("0192f000-0000-7000-8000-000000000001");

        var rendered = Render(MongoQueries.ByIdAndVersion<Sample>(id, 3));

        Assert.Equal("{ \"_id\" : UUID(\"0192f000-0000-7000-8000-000000000001\"), \"Version\" : NumberLong(3) }", rendered);
    }

    [Fact]
    public void ClaimFilter_takesUndispatchedMessagesWithFreeOrExpiredLease()
    {
        var rendered = Render(MongoQueries.ClaimableAmong([Guid.Parse("0192f000-0000-7000-8000-000000000002")], Now));

        Assert.Contains("\"_id\" : { \"$in\" : [UUID(\"0192f000-0000-7000-8000-000000000002\")] }", rendered);
        Assert.Contains("\"DispatchedAt\" : null", rendered);
        Assert.Contains("{ \"LeaseExpiresAt\" : null }", rendered);
        Assert.Contains("{ \"LeaseExpiresAt\" : { \"$lt\" : ISODate(\"2026-11-27T08:00:00Z\") } }", rendered);
    }

    [Fact]
    public void LeaseUpdate_setsOwnerExpiryAndCountsAttempts()
    {
        var rendered = Render(MongoQueries.Lease("relay-a:1", Now.AddSeconds(30)));

        Assert.Equal("{ \"$set\" : { \"LeaseOwner\" : \"relay-a:1\", \"LeaseExpiresAt\" : ISODate(\"2026-11-27T08:00:30Z\") }, \"$inc\" : { \"Attempts\" : 1 } }", rendered);
    }

    [Fact]
    public void HousekeepingFilters_renderAsExpected()
    {
        Assert.Equal("{ \"DispatchedAt\" : null }", Render(MongoQueries.Pending()));
        Assert.Equal(
            "{ \"DispatchedAt\" : { \"$ne\" : null, \"$lt\" : ISODate(\"2026-11-27T08:00:00Z\") } }",
            Render(MongoQueries.DispatchedBefore(Now)));
        Assert.Equal("{ \"ProcessedAt\" : { \"$lt\" : ISODate(\"2026-11-27T08:00:00Z\") } }", Render(MongoQueries.ProcessedBefore(Now)));
        Assert.Equal("{ \"LeaseOwner\" : \"t\", \"DispatchedAt\" : null }", Render(MongoQueries.LeasedBy("t")));
        Assert.Equal("{ \"_id\" : { \"$in\" : [UUID(\"0192f000-0000-7000-8000-000000000003\")] } }", Render(MongoQueries.Messages([Guid.Parse("0192f000-0000-7000-8000-000000000003")])));
        Assert.Equal(
            "{ \"$set\" : { \"DispatchedAt\" : ISODate(\"2026-11-27T08:00:00Z\"), \"PendingSequence\" : null, \"LeaseOwner\" : null, \"LeaseExpiresAt\" : null, \"LastError\" : null } }",
            Render(MongoQueries.Dispatched(Now)));
    }

    [Fact]
    public void ServicePredicates_translateToMql()
    {
        var rendered = Render(Builders<Sample>.Filter.Where(s => s.Street == "龙溪街道" && s.Amount > 1000m && s.EffectiveFrom >= new DateOnly(2021, 10, 14)));

        Assert.Equal(
            "{ \"Street\" : \"龙溪街道\", \"Amount\" : { \"$gt\" : NumberDecimal(\"1000\") }, \"EffectiveFrom\" : { \"$gte\" : \"2021-10-14\" } }",
            rendered);
    }

    [Fact]
    public void IndexKeys_renderFromExpressions()
    {
        var key = MongoQueries.IndexKey<Sample>((System.Linq.Expressions.Expression<Func<Sample, string>>)(s => s.Code));

        var rendered = key.Render(new RenderArgs<Sample>(BsonSerializer.LookupSerializer<Sample>(), BsonSerializer.SerializerRegistry)).ToJson(Shell);

        Assert.Equal("{ \"Code\" : 1 }", rendered);
    }
}
