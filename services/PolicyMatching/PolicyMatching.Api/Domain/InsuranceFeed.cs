namespace TalentPortal.PolicyMatching.Domain;

/// <summary>The social-insurance bureau's figures for one talent, up to <see cref="AsOfMonth"/> (<c>yyyy-MM</c>).</summary>
public sealed class InsuranceFeed
{
    public int Months { get; set; }
    public int ContinuousMonths { get; set; }
    public int MonthsLast12 { get; set; }
    public string AsOfMonth { get; set; } = "";
    public FactProvenance Provenance { get; set; } = new();
}
