namespace TalentPortal.ServiceDefaults;

/// <summary>The service id of this host (talent-registry, policy-matching, housing, gateway, portal).</summary>
public sealed record ServiceIdentity(string Name);
