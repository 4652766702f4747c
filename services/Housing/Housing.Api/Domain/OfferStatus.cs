namespace TalentPortal.Housing.Domain;

public enum OfferStatus
{
    Pending,
    Accepted,
    Refused,
    Lapsed,
}
