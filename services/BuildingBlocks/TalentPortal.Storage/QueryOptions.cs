using System.Linq.Expressions;

namespace TalentPortal.Storage;

/// <summary>Ordering and paging for <see cref="IStore.FindAsync{T}"/>.</summary>
public sealed record QueryOptions<T>(
    Expression<Func<T, object?>>? OrderBy = null,
    bool Descending = false,
    int Skip = 0,
    int? Take = null);
