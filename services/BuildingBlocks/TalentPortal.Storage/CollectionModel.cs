using System.Linq.Expressions;

namespace TalentPortal.Storage;

/// <summary>One collection: its name and indexes.</summary>
public abstract class CollectionModel(string name)
{
    public string Name { get; } = name;
    public abstract Type DocumentType { get; }
    public abstract IReadOnlyList<IndexModel> Indexes { get; }
}

/// <summary>Typed collection model used to declare indexes with expressions (no string field names).</summary>
public sealed class CollectionModel<T>(string name) : CollectionModel(name) where T : class, IAggregate
{
    private readonly List<IndexModel> _indexes = [];

    public override Type DocumentType => typeof(T);
    public override IReadOnlyList<IndexModel> Indexes => _indexes;

    public CollectionModel<T> Unique<TKey>(string indexName, Expression<Func<T, TKey>> key)
    {
        CheckName(indexName);
        _indexes.Add(new IndexModel(indexName, key, Unique: true));
        return this;
    }

    public CollectionModel<T> Index<TKey>(string indexName, Expression<Func<T, TKey>> key)
    {
        CheckName(indexName);
        _indexes.Add(new IndexModel(indexName, key, Unique: false));
        return this;
    }

    /// <summary>LiteDB allows index names of at most 32 characters: refused when the model is built, not at start-up.</summary>
    private static void CheckName(string indexName)
    {
        if (indexName.Length is 0 or > 32)
        {
            throw new ArgumentException($"Index name '{indexName}' must be 1 to 32 characters (valid in every adapter).", nameof(indexName));
        }
    }
}
