using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;
using static TalentPortal.PolicyMatching.Rules.Benchmarks.Calendar;

namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>
/// The six seed policies hand-written in C# the straightforward way: stop at the first failing criterion, remember
/// Unknowns, walk the amount table only when the criteria hold, record no trace, and do the date arithmetic
/// (<see cref="Calendar"/>) on every call. <see cref="HandWrittenCeiling"/> is the tuned version. GlobalSetup checks
/// both agree with the engine on every talent.
/// </summary>
public static class HandWrittenPolicies
{
    private static readonly DateOnly LivingAllowanceStart = new(2019, 1, 1);
    private static readonly DateOnly LivingAllowanceChange = new(2021, 10, 14);
    private static readonly DateOnly Year2020 = new(2020, 1, 1);
    private static readonly DateOnly Year2021 = new(2021, 1, 1);
    private static readonly DateOnly Year2022 = new(2022, 1, 1);

    /// <summary>Policy codes in the order of <see cref="Evaluate"/>'s index.</summary>
    public static readonly string[] Codes =
        ["GRADUATE_STARTUP", "HOME_PURCHASE", "LIVING_ALLOWANCE", "RENTAL_SUBSIDY", "SOUTH_TAIHU_ELITE", "TALENT_APARTMENT"];

    public static Outcome Evaluate(int policy, TalentFacts f, DateOnly asOf) => policy switch
    {
        0 => GraduateStartup(f, asOf),
        1 => HomePurchase(f, asOf),
        2 => LivingAllowance(f, asOf),
        3 => RentalSubsidy(f, asOf),
        4 => Elite(f, asOf),
        _ => TalentApartment(f, asOf),
    };

    public static Outcome HomePurchase(TalentFacts f, DateOnly asOf)
    {
        var unknown = false;
        if (asOf < Year2020
            || !Holds(Is(f.EmployerInZone, true), ref unknown)
            || !Holds(Known(f.EmploymentStartDate, OnOrAfter(f.EmploymentStartDate, 2020, 1, 1)), ref unknown)
            || !Holds(ContractMonths(f.EmploymentStartDate, f.ContractEndDate) is { } m ? m >= 12 : null, ref unknown)
            || !Holds(AtLeast(f.SocialInsuranceMonths, 1), ref unknown)
            || !Holds(Is(f.FirstHomePurchase, true), ref unknown)
            || !Holds(AtLeast(f.DegreeLevel, DegreeLevel.Bachelor) | Is(f.SeniorTechnician, true), ref unknown))
        {
            return Outcome.NotEligible;
        }

        if (unknown)
        {
            return Outcome.Unknown;
        }

        var rows = new Rows();
        if (rows.Next(Is(f.DegreeLevel, DegreeLevel.Doctorate))
            || rows.Next(Is(f.SeniorTechnician, true))
            || rows.Next(Is(f.DegreeLevel, DegreeLevel.Master)))
        {
            return rows.Outcome;
        }

        var bachelor = Is(f.DegreeLevel, DegreeLevel.Bachelor);
        var keyUniversity = f.UniversityTier is { } tier ? tier != UniversityTier.Other : (bool?)null;
        rows.Next(bachelor & keyUniversity);
        rows.Next(bachelor & !keyUniversity);
        return rows.Outcome;
    }

    public static Outcome LivingAllowance(TalentFacts f, DateOnly asOf)
    {
        var unknown = false;
        if (asOf < LivingAllowanceStart
            || !Holds(Is(f.FullTime, true), ref unknown)
            || !Holds(AtLeast(f.DegreeLevel, DegreeLevel.Bachelor), ref unknown)
            || !Holds(Known(f.GraduationDate, MonthsAtLeast(f.GraduationDate, asOf, 0)), ref unknown)
            || !Holds(Known(f.GraduationDate, MonthsAtMost(f.GraduationDate, asOf, 24)), ref unknown)
            || !Holds(Is(f.EmployerInZone, true), ref unknown)
            || !Holds(AtLeast(f.SocialInsuranceMonths, 1), ref unknown))
        {
            return Outcome.NotEligible;
        }

        if (unknown)
        {
            return Outcome.Unknown;
        }

        var rows = new Rows();
        var phd = Is(f.DegreeLevel, DegreeLevel.Doctorate);
        if (asOf >= LivingAllowanceChange)
        {
            rows.Next(phd & Known(f.GraduationDate, OnOrAfter(f.GraduationDate, 2021, 10, 15)));
        }

        _ = rows.Next(phd) || rows.Next(Is(f.DegreeLevel, DegreeLevel.Master)) || rows.Next(Is(f.DegreeLevel, DegreeLevel.Bachelor));
        return rows.Outcome;
    }

    public static Outcome RentalSubsidy(TalentFacts f, DateOnly asOf)
    {
        var unknown = false;
        var phd = Is(f.DegreeLevel, DegreeLevel.Doctorate);
        var master = Is(f.DegreeLevel, DegreeLevel.Master);
        var bachelor = Is(f.DegreeLevel, DegreeLevel.Bachelor);
        if (asOf < Year2022
            || !Holds((phd & Known(f.GraduationDate, MonthsAtMost(f.GraduationDate, asOf, 24)))
                | (master & Known(f.BirthDate, AgeAtMost(f.BirthDate, asOf, 35)))
                | bachelor, ref unknown)
            || !Holds(AtLeast(f.ContinuousSocialInsuranceMonths, 6), ref unknown)
            || !Holds(Is(f.OwnsHomeLocally, false), ref unknown)
            || !Holds(f.HeldBenefits is { } held ? !held.Contains("TALENT_APARTMENT") : null, ref unknown)
            || !Holds(Is(f.EmployedLocally, true), ref unknown))
        {
            return Outcome.NotEligible;
        }

        if (unknown)
        {
            return Outcome.Unknown;
        }

        var rows = new Rows();
        _ = rows.Next(phd) || rows.Next(master) || rows.Next(bachelor);
        return rows.Outcome;
    }

    public static Outcome TalentApartment(TalentFacts f, DateOnly asOf)
    {
        var unknown = false;
        return asOf < Year2021
            || !Holds(AtLeast(f.DegreeLevel, DegreeLevel.Bachelor), ref unknown)
            || !Holds(Known(f.BirthDate, AgeAtMost(f.BirthDate, asOf, 45)), ref unknown)
            || !Holds(Known(f.EmploymentStartDate, OnOrAfter(f.EmploymentStartDate, 2020, 1, 1)), ref unknown)
            || !Holds(Is(f.EmployedLocally, true), ref unknown)
            ? Outcome.NotEligible
            : unknown ? Outcome.Unknown : Outcome.Eligible;
    }

    public static Outcome GraduateStartup(TalentFacts f, DateOnly asOf)
    {
        var unknown = false;
        if (asOf < Year2022
            || !Holds(AtLeast(f.DegreeLevel, DegreeLevel.Associate), ref unknown)
            || !Holds(Known(f.GraduationDate, MonthsAtMost(f.GraduationDate, asOf, 60)), ref unknown)
            || !Holds(Is(f.StartupRegisteredInZone, true), ref unknown)
            || !Holds(f.StartupGrade is null ? null : true, ref unknown)
            || !Holds(AtLeast(f.SocialInsuranceMonths, 1), ref unknown))
        {
            return Outcome.NotEligible;
        }

        // Every grade has an amount, so criteria that hold determine the amount.
        return unknown ? Outcome.Unknown : Outcome.Eligible;
    }

    public static Outcome Elite(TalentFacts f, DateOnly asOf)
    {
        var unknown = false;
        return asOf < Year2020
            || !Holds(Known(f.BirthDate, AgeAtMost(f.BirthDate, asOf, 55)), ref unknown)
            || !Holds(AtMost(f.TeamAverageAge, 45m), ref unknown)
            || !Holds(Known(f.EmploymentStartDate, OnOrAfter(f.EmploymentStartDate, 2020, 1, 1)), ref unknown)
            || !Holds(Is(f.EmployerInZone, true), ref unknown)
            ? Outcome.NotEligible
            : unknown ? Outcome.Unknown : Outcome.Eligible;
    }

    /// <summary>False only for a definite failure (stop here); Unknown is remembered and evaluation goes on.</summary>
    private static bool Holds(bool? verdict, ref bool unknown)
    {
        unknown |= verdict is null;
        return verdict != false;
    }

    /// <summary>Walks an amount table highest row first: the first row that holds decides, unless a higher row was Unknown.</summary>
    private struct Rows
    {
        private bool _unknown;
        private bool _found;

        public readonly Outcome Outcome => _found && !_unknown ? Outcome.Eligible : _unknown ? Outcome.Unknown : Outcome.NotEligible;

        public bool Next(bool? row)
        {
            _unknown |= row is null;
            _found |= row == true;
            return _found;
        }
    }

    private static bool? Is<T>(T? value, T expected)
        where T : struct, Enum => value is { } v ? EqualityComparer<T>.Default.Equals(v, expected) : null;

    private static bool? Is(bool? value, bool expected) => value is { } v ? v == expected : null;

    private static bool? AtLeast(DegreeLevel? value, DegreeLevel min) => value is { } v ? v >= min : null;

    private static bool? Known<T>(T? fact, bool holds)
        where T : struct => fact is null ? null : holds;

    private static bool? AtLeast(int? value, int min) => value is { } v ? v >= min : null;

    private static bool? AtMost(decimal? value, decimal max) => value is { } v ? v <= max : null;
}
