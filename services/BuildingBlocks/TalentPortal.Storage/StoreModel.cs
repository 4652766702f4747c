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
