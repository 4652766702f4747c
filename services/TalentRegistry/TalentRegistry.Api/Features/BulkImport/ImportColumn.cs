namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>The columns an import file may have; headers are matched by their Chinese or English names.</summary>
public enum ImportColumn
{
    FullName,
    NationalId,
    Phone,
    Email,
    HukouHuzhou,
    TalentTier,
    Degree,
    FullTime,
    University,
    UniversityTier,
    Major,
    GraduationDate,
    EmployerCreditCode,
    StartDate,
    ContractEnd,
    Position,
    SocialInsuranceMonths,
}
