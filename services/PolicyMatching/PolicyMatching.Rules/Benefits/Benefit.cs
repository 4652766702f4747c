using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Benefits;

/// <summary>The benefit an eligible talent gets: total, dated schedule, or the in-kind terms.</summary>
public sealed record Benefit
{
    /// <summary>How it is granted.</summary>
    public required BenefitKind Kind { get; init; }

    /// <summary>Total in yuan including uplifts; null for in-kind and case-by-case benefits.</summary>
    public required decimal? Amount { get; init; }

    /// <summary>Amount from the amount table before uplifts.</summary>
    public required decimal? BaseAmount { get; init; }

    /// <summary>Sum of the uplifts applied.</summary>
    public required decimal UpliftAmount { get; init; }

    /// <summary>Id of the amount-table row applied.</summary>
    public required string? AmountRowId { get; init; }

    /// <summary>Ids of the uplifts applied.</summary>
    public required IReadOnlyList<string> AppliedUplifts { get; init; }

    /// <summary>Ids of uplifts not applied because a fact they need is missing (providing it may raise the amount).</summary>
    public required IReadOnlyList<string> UndecidedUplifts { get; init; }

    /// <summary>Start of the schedule; due dates count from it.</summary>
    public required DateOnly StartDate { get; init; }

    /// <summary>Dated payments; empty for in-kind and case-by-case benefits.</summary>
    public required IReadOnlyList<Payment> Payments { get; init; }

    /// <summary>Talent apartment: rent discount by lease year.</summary>
    public required IReadOnlyList<RentStep> RentSteps { get; init; }

    /// <summary>Case-by-case: the ceiling in yuan.</summary>
    public required decimal? UpTo { get; init; }

    /// <summary>Whether officials decide the amount (the engine only screened).</summary>
    public required bool RequiresManualReview { get; init; }

    /// <summary>One sentence describing the benefit.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>The same benefit with its schedule counted from <paramref name="start"/> (e.g. the approval date).</summary>
    public Benefit StartingOn(DateOnly start) => this with
    {
        StartDate = start,
        Payments = [.. Payments.Select(p => p with { DueDate = start.AddMonths(p.OffsetMonths) })],
    };
}
