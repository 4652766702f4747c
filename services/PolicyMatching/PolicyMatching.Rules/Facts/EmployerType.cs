namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Kind of the talent's current employer.</summary>
public enum EmployerType
{
    /// <summary>企业.</summary>
    Enterprise = 1,

    /// <summary>科研院所.</summary>
    ResearchInstitute = 2,

    /// <summary>事业单位.</summary>
    PublicInstitution = 3,
}
