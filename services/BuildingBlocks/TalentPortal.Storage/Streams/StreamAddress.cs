using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using TalentPortal.Contracts;

namespace TalentPortal.Storage.Streams;

/// <summary>Where an event sits in its stream: the stream, the subject and the subject's sequence number.</summary>
public sealed record StreamAddress(string Stream, string Subject, long Sequence)
{
    /// <summary>The stream and subject an integration event belongs to (<see cref="EventStreamAttribute"/>), or null
    /// for a type that declares none.</summary>
    public static (string Stream, string Subject)? Of(object integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return Resolvers.GetOrAdd(integrationEvent.GetType(), Resolve)(integrationEvent);
    }

    /// <summary>The stream a message type belongs to, or null.</summary>
    public static string? StreamOf(Type messageType)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        return messageType.GetCustomAttribute<EventStreamAttribute>()?.Name;
    }

    private static readonly ConcurrentDictionary<Type, Func<object, (string, string)?>> Resolvers = new();

    private static Func<object, (string, string)?> Resolve(Type type)
    {
        if (type.GetCustomAttribute<EventStreamAttribute>() is not { } stream)
        {
            return _ => null;
        }

        var property = type.GetProperty(stream.SubjectProperty, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"{type.Name} names {stream.SubjectProperty} as its stream subject, but has no such property.");
        return e => (stream.Name, property.GetValue(e) switch
        {
            Guid id => id.ToString("N"),
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            var value => value?.ToString() ?? throw new InvalidOperationException($"{type.Name}.{stream.SubjectProperty} is null."),
        });
    }
}
