using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.Storage.Mongo;

/// <summary>Process-wide BSON conventions: standard GUIDs, Decimal128 money, UTC date-times, enums as strings.</summary>
public static class MongoMapping
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
            BsonSerializer.TryRegisterSerializer(new DecimalSerializer(BsonType.Decimal128));
            BsonSerializer.TryRegisterSerializer(new DateTimeOffsetSerializer(BsonType.DateTime));
            BsonSerializer.TryRegisterSerializer(new DateOnlySerializer(BsonType.String));
            ConventionRegistry.Register(
                "talentportal",
                new ConventionPack { new EnumRepresentationConvention(BsonType.String), new IgnoreExtraElementsConvention(true) },
                _ => true);
            if (!BsonClassMap.IsClassMapRegistered(typeof(InboxEntry)))
            {
                BsonClassMap.RegisterClassMap<InboxEntry>(map =>
                {
                    map.AutoMap();
                    map.MapIdMember(e => e.Id);
                });
            }

            if (!BsonClassMap.IsClassMapRegistered(typeof(StreamCounter)))
            {
                BsonClassMap.RegisterClassMap<StreamCounter>(map =>
                {
                    map.AutoMap();
                    map.MapIdMember(c => c.Id);
                });
            }

            _registered = true;
        }
    }
}
