namespace TalentPortal.Housing.Domain;

public enum UnitLayout
{
    Studio,
    OneBedroom,
    TwoBedroom,
    ThreeBedroom,
}
