using System.Linq.Expressions;

namespace TalentPortal.Storage;

/// <summary>The collections a service keeps and their indexes; adapters create them at start-up.</summary>
public sealed class StoreModel
{
    private readonly Dictionary<Type, CollectionModel> _collections = [];

    /// <summary>Registers aggregate type <typeparamref name="T"/> in collection <paramref name="name"/>.</summary>
    public StoreModel Collection<T>(string name, Action<CollectionModel<T>>? configure = null) where T : class, IAggregate
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetter(c) || c == '_'))
        {
            throw new ArgumentException($"Collection name '{name}' must use only ASCII letters and '_' (valid in every adapter).", nameof(name));
        }

        var model = new CollectionModel<T>(name);
        configure?.Invoke(model);
        _collections[typeof(T)] = model;
        return this;
    }

    public IReadOnlyCollection<CollectionModel> Collections => _collections.Values;

    public CollectionModel For(Type type) =>
        _collections.TryGetValue(type, out var model)
            ? model
            : throw new InvalidOperationException($"{type.Name} is not registered in the store model.");

    public CollectionModel<T> For<T>() where T : class, IAggregate => (CollectionModel<T>)For(typeof(T));
}

/// <summary>One collection: its name and indexes.</summary>
public abstract class CollectionModel(string name)
{
    public string Name { get; } = name;
    public abstract Type DocumentType { get; }
    public abstract IReadOnlyList<IndexModel> Indexes { get; }
}

/// <summary>An index over one member path of a document.</summary>
public sealed record IndexModel(string Name, LambdaExpression Key, bool Unique);

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
