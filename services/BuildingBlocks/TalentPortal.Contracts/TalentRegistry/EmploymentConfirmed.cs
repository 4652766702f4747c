namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>HR confirmed a hire at a zone employer: the talent counts as recruited (intake) in the month of <paramref name="ConfirmedAt"/>.</summary>
public sealed record EmploymentConfirmed(
    Guid TalentId,
    Guid EmploymentId,
    Guid EmployerId,
    string EmployerName,
    string Street,
    string IndustryChain,
    string EmployerType,
    DateOnly StartDate,
    DateOnly? ContractEnd,
    int SocialInsuranceMonths,
    DateTimeOffset ConfirmedAt);
