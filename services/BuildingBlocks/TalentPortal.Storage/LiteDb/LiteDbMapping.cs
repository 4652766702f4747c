using System.Globalization;
using LiteDB;

namespace TalentPortal.Storage.LiteDb;

/// <summary>BSON mapping for LiteDB: UTC instants, ISO dates, enums as strings.</summary>
internal static class LiteDbMapping
{
    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false, TrimWhitespace = false, EmptyStringToNull = false };
        mapper.RegisterType(
            serialize: (DateTime value) => new BsonValue(value.ToUniversalTime()),
            deserialize: bson => DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        mapper.RegisterType(
            serialize: (DateTimeOffset value) => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(DateTime.SpecifyKind(bson.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        mapper.RegisterType(
            serialize: (DateOnly value) => new BsonValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            deserialize: bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        mapper.Entity<Outbox.InboxEntry>().Id(e => e.Id, autoId: false);
        mapper.Entity<Outbox.StreamCounter>().Id(e => e.Id, autoId: false);
        return mapper;
    }

    /// <summary>Translates an index key lambda into a LiteDB path expression.</summary>
    public static BsonExpression ToBsonExpression(BsonMapper mapper, System.Linq.Expressions.LambdaExpression key)
    {
        var method = typeof(BsonMapper).GetMethods()
            .Single(m => m.Name == nameof(BsonMapper.GetExpression) && m.GetGenericArguments().Length == 2)
            .MakeGenericMethod(key.Parameters[0].Type, key.ReturnType);
        return (BsonExpression)method.Invoke(mapper, [key])!;
    }
}
