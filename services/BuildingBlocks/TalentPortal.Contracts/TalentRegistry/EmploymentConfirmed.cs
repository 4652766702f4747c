namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>HR confirmed a hire at a zone employer: the talent counts as recruited (intake). Carries what eligibility
/// rules need: employer in the zone, its type (Enterprise, ResearchInstitute, PublicInstitution) and industry chain,
/// start, contract end (contract length), months of local social insurance. <paramref name="ConfirmedAt"/> is the
/// confirmation instant (for bulk-imported historical hires: the start date, Huzhou time).</summary>
[EventStream(EventStreams.Talent, nameof(TalentId))]
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
    DateTimeOffset ConfirmedAt,
    bool EmployerInZone = true,
    string? Position = null);
