namespace TalentPortal.PolicyMatching.Domain;

/// <summary>One talent whose result would change.</summary>
public sealed class DiffChange
{
    public Guid TalentId { get; set; }
    public string DisplayName { get; set; } = "";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
    public decimal? AmountBefore { get; set; }
    public decimal? AmountAfter { get; set; }
}
