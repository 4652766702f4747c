namespace TalentPortal.Contracts;

/// <summary>
/// The ordered stream an integration event belongs to, and the property naming its subject (the talent, else the
/// aggregate). The publisher numbers each subject's events in a stream at commit (1, 2, 3…); a service that consumes
/// a stream consumes every event type in it and applies each subject's events in that order, so a stream is the unit
/// of ordering: put in one stream the events a reader must see in order, and nothing a reader could ignore.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventStreamAttribute(string name, string subjectProperty) : Attribute
{
    /// <summary>"{publishing service}.{stream}", e.g. "talent-registry.talent".</summary>
    public string Name { get; } = name;

    /// <summary>The property whose value is the subject (a Guid or a string).</summary>
    public string SubjectProperty { get; } = subjectProperty;
}
