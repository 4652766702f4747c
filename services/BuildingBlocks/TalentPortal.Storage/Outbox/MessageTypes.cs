using System.Collections.Concurrent;
using TalentPortal.Contracts;

namespace TalentPortal.Storage.Outbox;

/// <summary>Resolves the CLR type of an outbox message from its stored full name: the contracts assembly first (after a
/// restart nothing may have loaded it yet when the relay starts), then any assembly loaded in the process. A name not
/// found is not remembered, so a type loaded later is found then.</summary>
public static class MessageTypes
{
    private static readonly ConcurrentDictionary<string, Type> Cache = new();

    public static Type Resolve(string fullName)
    {
        if (Cache.TryGetValue(fullName, out var cached))
        {
            return cached;
        }

        var type = typeof(EventStreamAttribute).Assembly.GetType(fullName, throwOnError: false)
            ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName, throwOnError: false)).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"Message type {fullName} is not loaded in this process.");
        Cache[fullName] = type;
        return type;
    }
}
