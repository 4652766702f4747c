using System.Collections.Concurrent;
using MassTransit;

namespace TalentPortal.Storage.Streams;

/// <summary>The streams a consumer reads: those of the event types it consumes.</summary>
public static class ConsumedStreams
{
    private static readonly ConcurrentDictionary<Type, IReadOnlySet<string>> Cache = new();

    public static IReadOnlySet<string> Of(Type consumerType) => Cache.GetOrAdd(consumerType, static type => type.GetInterfaces()
        .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
        .Select(i => StreamAddress.StreamOf(i.GetGenericArguments()[0]))
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal));
}
