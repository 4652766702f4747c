namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Pending → Approved or Rejected; a verification is Superseded when a newer declaration of the same fact arrives.</summary>
public enum DecisionState
{
    Pending,
    Approved,
    Rejected,
    Superseded,
}
