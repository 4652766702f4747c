using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One employment as policy-matching keeps it: confirmed by its employer's HR, ended, or both, in whichever
/// order the registry's events were applied.</summary>
public sealed class EmploymentFact
{
    public Guid EmploymentId { get; set; }
    public bool Confirmed { get; set; }
    public Guid? EmployerId { get; set; }
    public string? EmployerName { get; set; }
    public string? Street { get; set; }
    public string? IndustryChain { get; set; }
    public string? EmployerType { get; set; }
    public bool? EmployerInZone { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? ContractEnd { get; set; }
    public int? SocialInsuranceMonths { get; set; }
    public DateOnly? InsuranceReportedOn { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>When HR confirmed it (unknown for employments stored before it was kept).</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }

    public void Confirm(EmploymentConfirmed confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        Confirmed = true;
        EmployerId = confirmed.EmployerId;
        EmployerName = confirmed.EmployerName;
        Street = confirmed.Street;
        IndustryChain = confirmed.IndustryChain;
        EmployerType = confirmed.EmployerType;
        EmployerInZone = confirmed.EmployerInZone;
        StartDate = confirmed.StartDate;
        ContractEnd = confirmed.ContractEnd;
        SocialInsuranceMonths = confirmed.SocialInsuranceMonths;
        InsuranceReportedOn = DateOnly.FromDateTime(confirmed.ConfirmedAt.UtcDateTime);
        ConfirmedAt = confirmed.ConfirmedAt;
    }

    public void End(DateOnly endDate) => EndDate = endDate;
}
