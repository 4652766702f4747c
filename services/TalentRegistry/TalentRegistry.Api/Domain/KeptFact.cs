namespace TalentPortal.TalentRegistry.Domain;

/// <summary>A declarable fact's value kept while a newer declaration waits: the verified value it displaced.</summary>
public sealed class KeptFact
{
    public string Value { get; set; } = "null";
    public FactProvenance Provenance { get; set; } = new();
}
