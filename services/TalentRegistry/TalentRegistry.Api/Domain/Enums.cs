namespace TalentPortal.TalentRegistry.Domain;

public enum Sex
{
    Female,
    Male,
}

/// <summary>Degree levels, highest first.</summary>
public enum DegreeLevel
{
    Doctorate,
    Master,
    Bachelor,
    Associate,
}

public enum UniversityTier
{
    Tier985,
    Tier211,
    DoubleFirstClass,
    OverseasQsTop200,
    Other,
}

/// <summary>Huzhou's emerging industry chains.</summary>
public enum IndustryChain
{
    NewEnergyVehicles,
    Semiconductors,
    LithiumBatteries,
    CncIntelligentEquipment,
    Biomedicine,
    DigitalEconomy,
    GreenHomeFurnishing,
    NewMaterials,
}

public enum EmployerType
{
    Enterprise,
    ResearchInstitute,
    PublicInstitution,
}

/// <summary>Declared (being hired, awaiting HR) → Confirmed (counts as intake) → Ended.</summary>
public enum EmploymentStatus
{
    Declared,
    Confirmed,
    Ended,
}

public enum ImportJobStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
