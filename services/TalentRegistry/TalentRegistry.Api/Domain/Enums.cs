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

/// <summary>Whether the person behind a record is known to hold its national ID (names as in
/// <c>IdentityStatuses</c>). Records stored before identity was tracked read as Unverified: nobody checked them.</summary>
public enum IdentityStatus
{
    Unverified,
    Verified,
    Revoked,
}

/// <summary>How an identity came to be verified: HR, an official or an admin registered the person, an import by HR or
/// an official created them, HR confirmed a hire, an official checked the ID card, or an official decided a claim.</summary>
public enum IdentityMethod
{
    SelfRegistration,
    Registration,
    Import,
    Hire,
    Official,
    Claim,
}

/// <summary>Conflict: the national ID is on another account's unverified record. Link: it is on a record no account
/// holds (registered or imported by HR or an official).</summary>
public enum ClaimKind
{
    Conflict,
    Link,
}

/// <summary>Pending → Approved or Rejected; a verification is Superseded when a newer declaration of the same fact arrives.</summary>
public enum DecisionState
{
    Pending,
    Approved,
    Rejected,
    Superseded,
}

/// <summary>Submitted (waiting to be looked at) → Used (an official's approval rested on it) or Withdrawn (by the person
/// or the uploader before that).</summary>
public enum EvidenceState
{
    Submitted,
    Used,
    Withdrawn,
}
