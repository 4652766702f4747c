using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.PolicyMatching.Domain;

public sealed partial class TalentFacts
{
    public void Apply(EmploymentConfirmed confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        Employment(confirmed.EmploymentId).Confirm(confirmed);
        Refresh();
        EventsApplied++;
    }

    /// <summary>The employment ended: kept on that employment even when its confirmation has not been seen yet.</summary>
    public void Apply(EmploymentEnded ended)
    {
        ArgumentNullException.ThrowIfNull(ended);
        Employment(ended.EmploymentId).End(ended.EndDate);
        Refresh();
        EventsApplied++;
    }

    private EmploymentFact Employment(Guid id)
    {
        if (Employments.Count == 0 && EmploymentId is { } stored)
        {
            // Stored before employments were kept one by one: the current employment becomes the first of them.
            Employments.Add(new EmploymentFact
            {
                EmploymentId = stored,
                Confirmed = true,
                EmployerId = EmployerId,
                EmployerName = EmployerName,
                Street = Street,
                IndustryChain = IndustryChain,
                EmployerType = EmployerType,
                EmployerInZone = EmployerInZone,
                StartDate = EmploymentStart,
                ContractEnd = ContractEnd,
                SocialInsuranceMonths = SocialInsuranceMonths,
                InsuranceReportedOn = InsuranceReportedOn,
                EndDate = EmploymentEnd,
            });
        }

        if (Employments.Find(e => e.EmploymentId == id) is not { } employment)
        {
            employment = new EmploymentFact { EmploymentId = id };
            Employments.Add(employment);
        }

        return employment;
    }

    /// <summary>Makes the current-employment fields say what <see cref="Employments"/> say: the confirmed employment
    /// that started last, with its end if it ended.</summary>
    private void Refresh()
    {
        var current = Employments.Where(e => e.Confirmed).OrderByDescending(e => e.StartDate).ThenByDescending(e => e.EmploymentId).FirstOrDefault();
        EmploymentId = current?.EmploymentId;
        EmployerId = current?.EmployerId;
        EmployerName = current?.EmployerName;
        Street = current?.Street;
        IndustryChain = current?.IndustryChain;
        EmployerType = current?.EmployerType;
        EmployerInZone = current?.EmployerInZone;
        EmploymentStart = current?.StartDate;
        ContractEnd = current?.ContractEnd;
        EmploymentEnd = current?.EndDate;
        SocialInsuranceMonths = current?.SocialInsuranceMonths;
        InsuranceReportedOn = current?.InsuranceReportedOn;
    }

    public bool EmployedOn(DateOnly day) => EmploymentStart is { } start && start <= day && (EmploymentEnd is null || EmploymentEnd >= day);

    /// <summary>Reported months plus the whole months since, while still employed locally.</summary>
    public int? InsuranceMonthsOn(DateOnly day)
    {
        if (SocialInsuranceMonths is not { } reported || InsuranceReportedOn is not { } on)
        {
            return null;
        }

        var until = EmploymentEnd is { } end && end < day ? end : day;
        var months = ((until.Year - on.Year) * 12) + until.Month - on.Month - (until.Day < on.Day ? 1 : 0);
        return reported + Math.Max(0, months);
    }
}
