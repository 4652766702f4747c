namespace TalentPortal.Housing.Domain;

public enum ServiceRequestStatus
{
    Submitted,
    Accepted,
    InProgress,
    Resolved,
    ExplainedNotAdoptable,
    Merged,
    Withdrawn,
}
