namespace TalentPortal.PolicyMatching.Domain.Applications;

public enum ObjectionState
{
    Open,
    Upheld,
    Dismissed,
}
