using TalentPortal.Storage;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>The one way a handler loads the record its route names: 404 when it does not exist, 403 when the caller's
/// scope does not cover it. Each service states its scope rules once (its <c>…Access</c> class) and passes them here.</summary>
public static class ScopedLoader
{
    public static async Task<T> LoadInScopeAsync<T>(
        this IStore store, Guid id, Func<T, bool> inScope, string what, CancellationToken cancellationToken) where T : class, IAggregate
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inScope);
        var record = await store.GetAsync<T>(id, cancellationToken) ?? throw ProblemException.NotFound($"{what} {id} does not exist.");
        return inScope(record) ? record : throw ProblemException.Forbidden($"{what} {id} is outside your scope.");
    }

    /// <summary>As the overload above, for scope rules that read further records.</summary>
    public static async Task<T> LoadInScopeAsync<T>(
        this IStore store, Guid id, Func<T, Task<bool>> inScope, string what, CancellationToken cancellationToken) where T : class, IAggregate
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inScope);
        var record = await store.GetAsync<T>(id, cancellationToken) ?? throw ProblemException.NotFound($"{what} {id} does not exist.");
        return await inScope(record) ? record : throw ProblemException.Forbidden($"{what} {id} is outside your scope.");
    }
}
