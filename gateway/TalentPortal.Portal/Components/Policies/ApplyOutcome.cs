namespace TalentPortal.Portal.Components.Policies;

/// <summary>What happened when the graduate applied for one policy, shown on that policy's card.</summary>
public sealed record ApplyOutcome(string Code, bool Succeeded, string Message);
