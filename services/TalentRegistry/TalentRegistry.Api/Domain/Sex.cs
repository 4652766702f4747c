namespace TalentPortal.TalentRegistry.Domain;

public enum Sex
{
    Female,
    Male,
}
