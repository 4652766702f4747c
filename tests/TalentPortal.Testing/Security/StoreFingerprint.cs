using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Storage;

namespace TalentPortal.Testing.Security;

/// <summary>A hash of every document in a service's store (each collection of its <see cref="StoreModel"/>), to prove
/// that a refused request wrote nothing.</summary>
public static class StoreFingerprint
{
    private static readonly MethodInfo Find = typeof(StoreFingerprint).GetMethod(nameof(AllAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The replica's heartbeat, written every few seconds by the host itself, never by a request.</summary>
    private const string Heartbeats = "replica_heartbeats";

    /// <summary>A function computing the fingerprint, leaving out the collections named in <paramref name="except"/>
    /// (those written by background work or by successful reads, such as an audit of reads) and the heartbeats.</summary>
    public static Func<Task<string>> Of(IServiceProvider services, params string[] except)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = services.GetRequiredService<IStore>();
        var model = services.GetRequiredService<StoreModel>();
        return async () =>
        {
            var text = new StringBuilder();
            foreach (var collection in model.Collections.Where(c => c.Name != Heartbeats && !except.Contains(c.Name)).OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                var documents = await (Task<string>)Find.MakeGenericMethod(collection.DocumentType).Invoke(null, [store])!;
                text.Append(collection.Name).Append(':').Append(documents).Append('\n');
            }

            return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        };
    }

    private static async Task<string> AllAsync<T>(IStore store) where T : class, IAggregate
    {
        var all = Expression.Lambda<Func<T, bool>>(Expression.Constant(true), Expression.Parameter(typeof(T)));
        var documents = await store.FindAsync(all);
        return string.Join('\n', documents.OrderBy(d => d.Id).Select(d => $"{d.Id}:{d.Version}"));
    }
}
