namespace TalentPortal.PolicyMatching.Domain;

/// <summary>The part of a diff in one street ("" for talents without a zone employer).</summary>
public sealed class DiffStreet
{
    public string Street { get; set; } = "";
    public int Evaluated { get; set; }
    public int Gains { get; set; }
    public int Losses { get; set; }
    public int AmountChanges { get; set; }
    public decimal MoneyBefore { get; set; }
    public decimal MoneyAfter { get; set; }
    public List<DiffChange> Changes { get; set; } = [];
}
