using LiteDB;

namespace TalentPortal.FaultTests;

/// <summary>The services' LiteDB files, read directly once every host has stopped: the registry's truth and what each
/// reader made of it.</summary>
public sealed class Stores : IDisposable
{
    private readonly LiteDatabase _registry;
    private readonly LiteDatabase _matching;
    private readonly LiteDatabase _housing;

    public Stores(string dataDirectory)
    {
        _registry = Open(dataDirectory, "talent-registry");
        _matching = Open(dataDirectory, "policy-matching");
        _housing = Open(dataDirectory, "housing");
    }

    /// <summary>Opened for writing, so LiteDB first applies what its log holds (the hosts were killed, not closed): a
    /// read-only open would read the data file beside an unapplied log.</summary>
    private static LiteDatabase Open(string directory, string service) =>
        new(new ConnectionString { Filename = Path.Combine(directory, $"{service}.db"), Connection = ConnectionType.Direct });

    public IReadOnlySet<Guid> RegisteredTalents => Ids(_registry, "talents");

    public IReadOnlySet<Guid> MatchingTalents =>
        _matching.GetCollection("talent_facts").FindAll().Where(d => !d.ContainsKey("Registered") || d["Registered"].AsBoolean).Select(d => d["_id"].AsGuid).ToHashSet();

    public IReadOnlySet<Guid> HousingResidents => Ids(_housing, "residents");

    /// <summary>Each confirmed (possibly since ended) employment in the registry: talent and end date.</summary>
    public IReadOnlyDictionary<Guid, (Guid TalentId, string? EndDate)> ConfirmedEmployments => _registry.GetCollection("employments").FindAll()
        .Where(d => !d["ConfirmedAt"].IsNull)
        .ToDictionary(d => d["_id"].AsGuid, d => (d["TalentId"].AsGuid, Text(d["EndDate"])));

    /// <summary>policy-matching's employments: employment → (confirmed, end date).</summary>
    public IReadOnlyDictionary<Guid, (Guid TalentId, bool Confirmed, string? EndDate)> MatchingEmployments => _matching.GetCollection("talent_facts").FindAll()
        .SelectMany(f => (f.TryGetValue("Employments", out var list) && list.IsArray ? list.AsArray : []).Select(e => (Facts: f, Employment: e.AsDocument)))
        .ToDictionary(x => x.Employment["EmploymentId"].AsGuid, x => (x.Facts["_id"].AsGuid, x.Employment["Confirmed"].AsBoolean, Text(x.Employment["EndDate"])));

    /// <summary>housing's employments: employment → (talent, end date).</summary>
    public IReadOnlyDictionary<Guid, (Guid TalentId, string? EndDate)> HousingEmployments => _housing.GetCollection("employments").FindAll()
        .ToDictionary(d => d["_id"].AsGuid, d => (d["TalentId"].AsGuid, Text(d["EndDate"])));

    /// <summary>The last number the registry gave each talent in the talent stream.</summary>
    public IReadOnlyDictionary<string, long> PublishedPerTalent => _registry.GetCollection("outbox_streams").FindAll()
        .Where(d => d["_id"].AsString.StartsWith("talent-registry.talent|", StringComparison.Ordinal))
        .ToDictionary(d => d["_id"].AsString.Split('|')[1], d => d["Last"].AsInt64);

    public IReadOnlyDictionary<string, long> Applied(string service, string consumer)
    {
        var positions = (service == "housing" ? _housing : _matching).GetCollection("stream_positions").FindAll()
            .Where(d => d["Consumer"].AsString == consumer && d["Stream"].AsString == "talent-registry.talent")
            .ToList();
        var twice = positions.GroupBy(d => d["Subject"].AsString).FirstOrDefault(g => g.Count() > 1);
        Assert.True(twice is null, $"{service} holds two positions of {consumer} for one subject: {string.Join(" | ", twice?.Select(d => d.ToString()) ?? [])}");
        return positions.ToDictionary(d => d["Subject"].AsString, d => d["Applied"].AsInt64);
    }

    public IReadOnlyDictionary<Guid, int> EventsApplied => _matching.GetCollection("talent_facts").FindAll()
        .ToDictionary(d => d["_id"].AsGuid, d => d["EventsApplied"].AsInt32);

    public IReadOnlyDictionary<Guid, string> MatchingResults => _matching.GetCollection("talent_facts").FindAll()
        .ToDictionary(d => d["_id"].AsGuid, d => d["Results"].AsString);

    public IReadOnlyDictionary<Guid, string?> HousingDegrees => _housing.GetCollection("residents").FindAll()
        .ToDictionary(d => d["_id"].AsGuid, d => Text(d["HighestDegree"]));

    /// <summary>What waits for an operator in any service: parked events, failed deliveries, dead outbox messages.</summary>
    public IReadOnlyList<string> Leftovers()
    {
        var left = new List<string>();
        foreach (var (name, db) in new[] { ("talent-registry", _registry), ("policy-matching", _matching), ("housing", _housing) })
        {
            foreach (var collection in new[] { "parked_events", "failed_messages", "outbox_dead" })
            {
                if (db.CollectionExists(collection) && db.GetCollection(collection).Count() is var count and > 0)
                {
                    // What is left, named well enough to find its cause (first three documents).
                    var examples = db.GetCollection(collection).FindAll().Take(3).Select(Describe);
                    left.Add($"{name}.{collection}: {count} ({string.Join("; ", examples)})");
                }
            }
        }

        return left;
    }

    public void Dispose()
    {
        _registry.Dispose();
        _matching.Dispose();
        _housing.Dispose();
    }

    private static string Describe(BsonDocument document) =>
        string.Join(", ", new[] { "Consumer", "Stream", "Subject", "Sequence", "MessageType", "LastError", "Error" }
            .Where(document.ContainsKey).Select(key => $"{key}={document[key]}"));

    private static HashSet<Guid> Ids(LiteDatabase db, string collection) =>
        db.GetCollection(collection).FindAll().Select(d => d["_id"].AsGuid).ToHashSet();

    private static string? Text(BsonValue value) => value.IsNull ? null : value.AsString;
}
