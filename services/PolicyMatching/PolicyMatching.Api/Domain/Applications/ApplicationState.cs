namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>Where an application stands. Submitted → EmployerConfirmed → (Returned ⇄ resubmitted) → PublicNotice
/// (公示) → Approved → Completed; Rejected and Withdrawn end it.</summary>
public enum ApplicationState
{
    Submitted,
    EmployerConfirmed,
    Returned,
    PublicNotice,
    Approved,
    Completed,
    Rejected,
    Withdrawn,
}
