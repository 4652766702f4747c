namespace TalentPortal.Housing.Domain;

public enum LeaseStatus
{
    Active,
    NoticeGiven,
    MovingOut,
    Ended,
}
