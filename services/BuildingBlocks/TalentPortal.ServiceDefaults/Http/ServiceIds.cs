namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Service ids, identical everywhere (compose, YARP clusters, Dapr app ids, queue prefixes, databases).</summary>
public static class ServiceIds
{
    public const string TalentRegistry = "talent-registry";
    public const string PolicyMatching = "policy-matching";
    public const string Housing = "housing";
    public const string Gateway = "gateway";
    public const string Portal = "portal";
}
