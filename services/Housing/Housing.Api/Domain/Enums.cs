namespace TalentPortal.Housing.Domain;

public enum UnitLayout
{
    Studio,
    OneBedroom,
    TwoBedroom,
    ThreeBedroom,
}

public enum UnitStatus
{
    Available,
    Offered,
    Let,
    Withdrawn,
}

public enum ApplicationStatus
{
    Waiting,
    Offered,
    Housed,
    Withdrawn,
}

public enum OfferStatus
{
    Pending,
    Accepted,
    Refused,
    Lapsed,
}

public enum LeaseStatus
{
    Active,
    NoticeGiven,
    MovingOut,
    Ended,
}

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
