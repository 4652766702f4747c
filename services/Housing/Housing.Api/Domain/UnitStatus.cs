namespace TalentPortal.Housing.Domain;

public enum UnitStatus
{
    Available,
    Offered,
    Let,
    Withdrawn,
}
