namespace TalentPortal.TalentRegistry.Domain;

public enum EmployerType
{
    Enterprise,
    ResearchInstitute,
    PublicInstitution,
}
