namespace TalentPortal.TalentRegistry.Domain;

/// <summary>What policy-matching needs from the social-insurance feed, ready for the event that will carry it on the
/// talent stream.</summary>
public sealed record InsuranceRecordedFacts(Guid TalentId, int Months, int ContinuousMonths, int MonthsLast12, string AsOfMonth, DateTimeOffset RecordedAt);

/// <summary>Social insurance from the bureau's feed: a Registry fact of its own, kept beside (never mixed into) the months
/// HR declares on an employment.</summary>
public sealed partial class Talent
{
    /// <summary>Null until the feed names the person.</summary>
    public InsuranceSummary? Insurance { get; private set; }

    public void RecordInsurance(InsuranceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Insurance = summary;
    }

    public InsuranceRecordedFacts? ToInsuranceRecorded() => Insurance is { } insurance
        ? new(Id, insurance.Months, insurance.ContinuousMonths, insurance.MonthsLast12, insurance.AsOfMonth, insurance.Provenance.At)
        : null;
}
