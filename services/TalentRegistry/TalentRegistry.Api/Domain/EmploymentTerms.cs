namespace TalentPortal.TalentRegistry.Domain;

/// <summary>What an employment record states: start, contract end, position and months of local social insurance.</summary>
public sealed record EmploymentTerms(DateOnly StartDate, DateOnly? ContractEnd, string? Position, int SocialInsuranceMonths);
