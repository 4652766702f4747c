namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>A payment of the benefit as evaluated at submission: months after approval and amount.</summary>
public sealed class PlannedPayment
{
    public int OffsetMonths { get; set; }
    public decimal Amount { get; set; }
}
