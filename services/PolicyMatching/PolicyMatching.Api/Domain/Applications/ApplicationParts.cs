namespace TalentPortal.PolicyMatching.Domain.Applications;

/// <summary>One step of an application's history: who moved it where, when and why.</summary>
public sealed class ApplicationTransition
{
    public ApplicationState? From { get; set; }
    public ApplicationState To { get; set; }
    public string Action { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
}

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

/// <summary>A payment of the benefit as evaluated at submission: months after approval and amount.</summary>
public sealed class PlannedPayment
{
    public int OffsetMonths { get; set; }
    public decimal Amount { get; set; }
}

/// <summary>Rent discount for one lease year of a talent apartment.</summary>
public sealed class PlannedRentStep
{
    public int LeaseYear { get; set; }
    public decimal DiscountPercent { get; set; }
}
