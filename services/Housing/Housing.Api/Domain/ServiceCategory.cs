namespace TalentPortal.Housing.Domain;

/// <summary>A kind of service request with its SLA in calendar days and who may raise it (configured, not stored).</summary>
public sealed class ServiceCategory
{
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string NameEn { get; init; } = "";
    public int SlaDays { get; init; }

    /// <summary>Roles allowed to raise it: "graduate", "employer-hr".</summary>
    public List<string> RaisedBy { get; init; } = [];
    public string DefaultAssignee { get; init; } = "";
}
