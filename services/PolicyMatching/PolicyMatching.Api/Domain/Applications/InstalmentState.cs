namespace TalentPortal.PolicyMatching.Domain.Applications;

public enum InstalmentState
{
    Scheduled,
    Paid,
    Suspended,
}
