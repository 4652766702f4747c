namespace TalentPortal.Portal.Api;

public sealed record RegisterAccountRequest(string? Username, string? Password, string? DisplayName);

public sealed record EducationItem(string? DegreeLevel, bool? FullTime, string? University, string? UniversityTier, string? Major, string? GraduationDate);

/// <summary>A talent as talent-registry shows it: national ID and phone are masked; <see cref="IdentityStatus"/> is
/// Unverified, Verified or Revoked; <see cref="Provenance"/> says per fact where its value comes from.</summary>
public sealed record TalentProfile(
    Guid Id, string FullName, string NationalId, DateOnly? BirthDate, string Sex, string? Phone, string? Email, bool HukouHuzhou, string? TalentTier,
    IReadOnlyList<TalentEducation> Education, DateTimeOffset RegisteredAt, long Version, bool? OwnsHomeLocally = null, bool? FirstHomePurchase = null,
    string IdentityStatus = "Unverified", IReadOnlyDictionary<string, FactProvenance>? Provenance = null,
    bool? SeniorTechnician = null, bool? StartupRegisteredInZone = null, decimal? TeamAverageAge = null, string? StartupGrade = null)
{
    /// <summary>The source of a fact's value (SelfDeclared when nothing is recorded).</summary>
    public string SourceOf(string fact) => Provenance?.GetValueOrDefault(fact)?.Source ?? "SelfDeclared";
}

/// <summary>Where a fact's value comes from: SelfDeclared, EmployerAttested, OfficialVerified or Registry; the
/// verification's reference when one was recorded (a degree's 学信网 code and report date).</summary>
public sealed record FactProvenance(string Source, string? By, DateTimeOffset At, IReadOnlyList<Guid>? EvidenceIds, string? Reference = null);

public sealed record TalentEducation(string DegreeLevel, bool FullTime, string University, string UniversityTier, string? Major, DateOnly GraduationDate);

public sealed record RegisterTalentRequest(
    string? FullName, string? NationalId, string? Phone, string? Email, bool? HukouHuzhou, IReadOnlyList<EducationItem> Education);

public sealed record Employer(Guid Id, string Name, string CreditCode, string Street, string IndustryChain, string EmployerType);

/// <summary>An employment record (a hire, from the employer's side): Declared → Confirmed → Ended.</summary>
public sealed record Employment(
    Guid Id, Guid TalentId, string TalentName, Guid EmployerId, string EmployerName, string Street, DateOnly StartDate, DateOnly? ContractEnd,
    string? Position, int SocialInsuranceMonths, string Status, DateTimeOffset DeclaredAt, DateTimeOffset? ConfirmedAt, DateOnly? EndDate, string? EndReason);

public sealed record EmploymentTermsRequest(Guid? EmployerId, string? StartDate, string? ContractEnd, string? Position, int? SocialInsuranceMonths);

public sealed record HireRequest(string? FullName, string? NationalId, string? StartDate, string? ContractEnd, string? Position, int? SocialInsuranceMonths);

public sealed record EndEmploymentRequest(string? EndDate, string? Reason);

/// <summary>A bulk import of talents and hires; <see cref="RejectedRows"/> lists every refused row with its reasons.</summary>
public sealed record ImportJob(
    Guid Id, string FileName, string Status, int Total, int Processed, int TalentsCreated, int HiresConfirmed, int Unchanged, int Rejected,
    DateTimeOffset SubmittedAt, DateTimeOffset? FinishedAt, string? Failure, IReadOnlyList<RejectedRow> RejectedRows)
{
    public bool Finished => Status is "Completed" or "Failed";

    public int Percent => Total == 0 ? (Finished ? 100 : 0) : (int)Math.Round(100.0 * Processed / Total);
}

public sealed record RejectedRow(int Row, IReadOnlyList<string> Reasons);
