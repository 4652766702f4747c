using System.Collections.Concurrent;

namespace TalentPortal.Storage.Outbox;

/// <summary>Resolves the CLR type of an outbox message from its stored full name.</summary>
public static class MessageTypes
{
    private static readonly ConcurrentDictionary<string, Type?> Cache = new();

    public static Type Resolve(string fullName) =>
        Cache.GetOrAdd(fullName, static name => AppDomain.CurrentDomain.GetAssemblies()
                .Select(a => a.GetType(name, throwOnError: false))
                .FirstOrDefault(t => t is not null))
        ?? throw new InvalidOperationException($"Message type {fullName} is not loaded in this process.");
}
