namespace TalentPortal.PolicyMatching.Rules.Benefits;

/// <summary>One dated payment of a benefit.</summary>
/// <param name="Sequence">1-based position in the schedule.</param>
/// <param name="OffsetMonths">Months after the schedule's start date.</param>
/// <param name="DueDate">Start date plus <paramref name="OffsetMonths"/>.</param>
/// <param name="Amount">Amount in yuan, including any uplift paid with it.</param>
/// <param name="Uplift">The part of <paramref name="Amount"/> that is uplift.</param>
public sealed record Payment(int Sequence, int OffsetMonths, DateOnly DueDate, decimal Amount, decimal Uplift);
