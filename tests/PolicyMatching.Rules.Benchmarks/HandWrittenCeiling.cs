using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>
/// The six seed policies hand-tuned: like <see cref="HandWrittenPolicies"/> but with every date cutoff computed once
/// per evaluation date (as the engine does), so each criterion is one comparison. This is the ceiling the engine is
/// measured against. The cutoffs use backward arithmetic from the evaluation date, which agrees with the engine's
/// forward semantics except on some month ends; GlobalSetup checks agreement for the benchmark date.
/// </summary>
public sealed class HandWrittenCeiling(DateOnly asOf)
{
    private static readonly DateOnly Year2020 = new(2020, 1, 1);

    private readonly bool _from2020 = asOf >= Year2020;
    private readonly int _livingAllowance = asOf < new DateOnly(2019, 1, 1) ? 0 : asOf < new DateOnly(2021, 10, 14) ? 1 : 2;
    private readonly bool _from2021 = asOf >= new DateOnly(2021, 1, 1);
    private readonly bool _from2022 = asOf >= new DateOnly(2022, 1, 1);
    private readonly DateOnly _graduatedWithin24 = asOf.AddMonths(-24);
    private readonly DateOnly _graduatedWithin60 = asOf.AddMonths(-60);
    private readonly DateOnly _bornAfterFor35 = asOf.AddYears(-36);
    private readonly DateOnly _bornAfterFor45 = asOf.AddYears(-46);
    private readonly DateOnly _bornAfterFor55 = asOf.AddYears(-56);
    private readonly DateOnly _asOf = asOf;

    public Outcome Evaluate(int policy, TalentFacts f) => policy switch
    {
        0 => GraduateStartup(f),
        1 => HomePurchase(f),
        2 => LivingAllowance(f),
        3 => RentalSubsidy(f),
        4 => Elite(f),
        _ => TalentApartment(f),
    };

    private Outcome HomePurchase(TalentFacts f)
    {
        if (!_from2020 || f.EmployerInZone == false || f.EmploymentStartDate < Year2020 || f.SocialInsuranceMonths < 1
            || f.FirstHomePurchase == false || (f.DegreeLevel < DegreeLevel.Bachelor && f.SeniorTechnician == false))
        {
            return Outcome.NotEligible;
        }

        var months = Calendar.ContractMonths(f.EmploymentStartDate, f.ContractEndDate);
        if (months < 12)
        {
            return Outcome.NotEligible;
        }

        if (f.EmployerInZone is null || f.EmploymentStartDate is null || months is null || f.SocialInsuranceMonths is null
            || f.FirstHomePurchase is null || (f.DegreeLevel is null && f.SeniorTechnician != true)
            || (f.SeniorTechnician is null && !(f.DegreeLevel >= DegreeLevel.Bachelor)))
        {
            return Outcome.Unknown;
        }

        // Amount rows, highest first: doctorate, senior technician, master, key-university bachelor, other bachelor.
        if (f.DegreeLevel == DegreeLevel.Doctorate)
        {
            return Outcome.Eligible;
        }

        var unknown = f.DegreeLevel is null;
        if (f.SeniorTechnician == true)
        {
            return unknown ? Outcome.Unknown : Outcome.Eligible;
        }

        unknown |= f.SeniorTechnician is null;
        if (f.DegreeLevel == DegreeLevel.Master)
        {
            return unknown ? Outcome.Unknown : Outcome.Eligible;
        }

        return f.DegreeLevel == DegreeLevel.Bachelor
            ? f.UniversityTier is null || unknown ? Outcome.Unknown : Outcome.Eligible
            : unknown ? Outcome.Unknown : Outcome.NotEligible;
    }

    private Outcome LivingAllowance(TalentFacts f)
    {
        if (_livingAllowance == 0 || f.FullTime == false || f.DegreeLevel < DegreeLevel.Bachelor || f.GraduationDate > _asOf
            || f.GraduationDate < _graduatedWithin24 || f.EmployerInZone == false || f.SocialInsuranceMonths < 1)
        {
            return Outcome.NotEligible;
        }

        if (f.FullTime is null || f.DegreeLevel is null || f.GraduationDate is null || f.EmployerInZone is null || f.SocialInsuranceMonths is null)
        {
            return Outcome.Unknown;
        }

        // Every degree from bachelor up has an amount; the raised PhD row needs the (known) graduation date only.
        return Outcome.Eligible;
    }

    private Outcome RentalSubsidy(TalentFacts f)
    {
        if (!_from2022 || f.ContinuousSocialInsuranceMonths < 6 || f.OwnsHomeLocally == true || f.EmployedLocally == false
            || (f.HeldBenefits is { } held && Contains(held, "TALENT_APARTMENT")))
        {
            return Outcome.NotEligible;
        }

        bool? qualification = f.DegreeLevel switch
        {
            null => null,
            DegreeLevel.Doctorate => f.GraduationDate is { } g ? g >= _graduatedWithin24 : null,
            DegreeLevel.Master => f.BirthDate is { } b ? b > _bornAfterFor35 : null,
            DegreeLevel.Bachelor => true,
            _ => false,
        };
        if (qualification == false)
        {
            return Outcome.NotEligible;
        }

        return qualification is null || f.ContinuousSocialInsuranceMonths is null || f.OwnsHomeLocally is null
            || f.EmployedLocally is null || f.HeldBenefits is null
            ? Outcome.Unknown
            : Outcome.Eligible;
    }

    private Outcome TalentApartment(TalentFacts f)
    {
        if (!_from2021 || f.DegreeLevel < DegreeLevel.Bachelor || f.BirthDate <= _bornAfterFor45 || f.EmploymentStartDate < Year2020
            || f.EmployedLocally == false)
        {
            return Outcome.NotEligible;
        }

        return f.DegreeLevel is null || f.BirthDate is null || f.EmploymentStartDate is null || f.EmployedLocally is null
            ? Outcome.Unknown
            : Outcome.Eligible;
    }

    private Outcome GraduateStartup(TalentFacts f)
    {
        if (!_from2022 || f.GraduationDate < _graduatedWithin60 || f.StartupRegisteredInZone == false || f.SocialInsuranceMonths < 1)
        {
            return Outcome.NotEligible;
        }

        return f.DegreeLevel is null || f.GraduationDate is null || f.StartupRegisteredInZone is null || f.StartupGrade is null
            || f.SocialInsuranceMonths is null
            ? Outcome.Unknown
            : Outcome.Eligible;
    }

    private Outcome Elite(TalentFacts f)
    {
        if (!_from2020 || f.BirthDate <= _bornAfterFor55 || f.TeamAverageAge > 45m || f.EmploymentStartDate < Year2020
            || f.EmployerInZone == false)
        {
            return Outcome.NotEligible;
        }

        return f.BirthDate is null || f.TeamAverageAge is null || f.EmploymentStartDate is null || f.EmployerInZone is null
            ? Outcome.Unknown
            : Outcome.Eligible;
    }

    private static bool Contains(IReadOnlyList<string> set, string value)
    {
        for (var i = 0; i < set.Count; i++)
        {
            if (set[i] == value)
            {
                return true;
            }
        }

        return false;
    }
}
