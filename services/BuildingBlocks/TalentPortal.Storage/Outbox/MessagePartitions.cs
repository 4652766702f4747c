using System.Collections.Concurrent;
using System.Reflection;

namespace TalentPortal.Storage.Outbox;

/// <summary>
/// Which events must keep their relative order: those about the same subject. The subject of an event is its
/// <c>TalentId</c> when it has one (a talent's registration, hires, leases and results are applied in order by other
/// services), else the first <see cref="Guid"/> of its constructor (the aggregate it came from: an employer, a service
/// request); an event with neither keeps order with every other such event of its type.
/// </summary>
public static class MessagePartitions
{
    private static readonly ConcurrentDictionary<Type, Func<object, string>> Keys = new();

    public static string KeyOf(object integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return Keys.GetOrAdd(integrationEvent.GetType(), Resolve)(integrationEvent);
    }

    private static Func<object, string> Resolve(Type type)
    {
        var talent = type.GetProperty("TalentId", BindingFlags.Public | BindingFlags.Instance);
        var subject = talent?.PropertyType == typeof(Guid)
            ? talent
            : type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()?.GetParameters()
                .Where(p => p.ParameterType == typeof(Guid))
                .Select(p => type.GetProperty(p.Name!, BindingFlags.Public | BindingFlags.Instance))
                .FirstOrDefault(p => p?.PropertyType == typeof(Guid));
        var name = type.FullName ?? type.Name;
        return subject is null ? _ => name : e => ((Guid)subject.GetValue(e)!).ToString("N");
    }
}
