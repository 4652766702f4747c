namespace TalentPortal.Storage;

/// <summary>A write would break a unique index. Maps to HTTP 409.</summary>
public sealed class DuplicateKeyException(string collection, string index, Exception? inner = null)
    : Exception($"{collection}: a record with the same {index} already exists.", inner)
{
    public string Collection { get; } = collection;
    public string Index { get; } = index;
}
