namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>One input fact an evaluation read: its key, its value as text (null when unknown) and where it came from.</summary>
public sealed class ReceiptFact
{
    public string Key { get; set; } = "";
    public string? Value { get; set; }

    /// <summary>One of <c>FactSources</c>.</summary>
    public string Source { get; set; } = "";
    public string By { get; set; } = "";
    public DateTimeOffset? At { get; set; }
    public List<Guid> EvidenceIds { get; set; } = [];

    /// <summary>The verification's reference (a degree's 学信网 verification code and report date), when recorded.</summary>
    public string? Reference { get; set; }
}
