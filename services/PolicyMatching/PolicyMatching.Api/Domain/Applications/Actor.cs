namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>Who acts on an application.</summary>
public sealed record Actor(string Id, string Role);
