namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Submitted (waiting to be looked at) → Used (an official's approval rested on it) or Withdrawn (by the person
/// or the uploader before that).</summary>
public enum EvidenceState
{
    Submitted,
    Used,
    Withdrawn,
}
