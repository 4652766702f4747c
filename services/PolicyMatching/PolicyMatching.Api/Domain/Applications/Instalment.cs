namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>One scheduled payment of an approved benefit.</summary>
public sealed class Instalment
{
    public int Number { get; set; }
    public DateOnly DueDate { get; set; }
    public decimal Amount { get; set; }
    public InstalmentState State { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public string? SuspendedReason { get; set; }
    public DateTimeOffset? CheckedAt { get; set; }
}
