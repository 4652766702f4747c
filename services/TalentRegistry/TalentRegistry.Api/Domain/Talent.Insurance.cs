using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Social insurance from the bureau's feed: a Registry fact of its own, kept beside (never mixed into) the months
/// HR declares on an employment.</summary>
public sealed partial class Talent
{
    /// <summary>Null until the feed names the person.</summary>
    public InsuranceSummary? Insurance { get; private set; }

    /// <summary>Keeps the feed's figures; false when they are what the talent had already (nothing to publish).</summary>
    public bool RecordInsurance(InsuranceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var unchanged = Insurance is { } known && known.Months == summary.Months && known.ContinuousMonths == summary.ContinuousMonths
            && known.MonthsLast12 == summary.MonthsLast12 && known.AsOfMonth == summary.AsOfMonth && known.DeclaredMonths == summary.DeclaredMonths;
        if (unchanged)
        {
            return false;
        }

        Insurance = summary;
        return true;
    }

    /// <summary>The event that gives policy-matching the feed's figures as Registry facts.</summary>
    public InsuranceRecorded? ToInsuranceRecorded() => Insurance is { } insurance
        ? new(Id, insurance.Months, insurance.ContinuousMonths, insurance.MonthsLast12, insurance.AsOfMonth, insurance.Provenance.At, insurance.Provenance.ToInfo())
        : null;
}
