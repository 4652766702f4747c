namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>The social-insurance bureau's monthly file named this talent: months of local social insurance paid in
/// total, paid without a break up to <paramref name="AsOfMonth"/> (<c>yyyy-MM</c>, the latest month the feed covers),
/// and paid within the twelve months up to it. These are <see cref="FactSources.Registry"/> facts
/// (<paramref name="Provenance"/>) and replace, for eligibility, the months HR declared on the employment.</summary>
[EventStream(EventStreams.Talent, nameof(TalentId))]
public sealed record InsuranceRecorded(
    Guid TalentId,
    int Months,
    int ContinuousMonths,
    int MonthsLast12,
    string AsOfMonth,
    DateTimeOffset RecordedAt,
    FactProvenanceInfo Provenance);
