namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>One line of a recorded trace (a plain class: stored documents must not depend on the engine's records).</summary>
public sealed class ReceiptCriterion
{
    public string Id { get; set; } = "";
    public string Path { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Verdict { get; set; } = "";
    public string? Fact { get; set; }
    public string Actual { get; set; } = "";
    public string Required { get; set; } = "";
    public string TextZh { get; set; } = "";
    public string TextEn { get; set; } = "";
    public string? Clause { get; set; }
    public bool Decisive { get; set; }
}
