namespace TalentPortal.Housing.Domain;

public enum ApplicationStatus
{
    Waiting,
    Offered,
    Housed,
    Withdrawn,
}
