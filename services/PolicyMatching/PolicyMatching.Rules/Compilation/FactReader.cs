using System.Runtime.CompilerServices;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>Reads facts as longs for the compiled program, without allocating.</summary>
internal static class FactReader
{
    /// <summary>
    /// Reads a scalar fact: enums as their value, booleans as 0/1, dates as day numbers. <see cref="Fact.Age"/> and
    /// <see cref="Fact.MonthsSinceGraduation"/> read their source date; <see cref="Fact.ContractMonths"/> is computed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRead(TalentFacts f, Fact fact, out long value)
    {
        switch (fact)
        {
            case Fact.DegreeLevel:
                return Get((int?)f.DegreeLevel, out value);
            case Fact.FullTime:
                return Get(f.FullTime, out value);
            case Fact.UniversityTier:
                return Get((int?)f.UniversityTier, out value);
            case Fact.BirthDate or Fact.Age:
                return Get(f.BirthDate, out value);
            case Fact.GraduationDate or Fact.MonthsSinceGraduation:
                return Get(f.GraduationDate, out value);
            case Fact.SocialInsuranceMonths:
                return Get(f.SocialInsuranceMonths, out value);
            case Fact.ContinuousSocialInsuranceMonths:
                return Get(f.ContinuousSocialInsuranceMonths, out value);
            case Fact.SocialInsuranceMonthsLast12:
                return Get(f.SocialInsuranceMonthsLast12, out value);
            case Fact.EmploymentStartDate:
                return Get(f.EmploymentStartDate, out value);
            case Fact.ContractEndDate:
                return Get(f.ContractEndDate, out value);
            case Fact.ContractMonths:
                return TryReadContractMonths(f, out value);
            case Fact.EmployerInZone:
                return Get(f.EmployerInZone, out value);
            case Fact.EmployerType:
                return Get((int?)f.EmployerType, out value);
            case Fact.EmployedLocally:
                return Get(f.EmployedLocally, out value);
            case Fact.OwnsHomeLocally:
                return Get(f.OwnsHomeLocally, out value);
            case Fact.FirstHomePurchase:
                return Get(f.FirstHomePurchase, out value);
            case Fact.HukouHuzhou:
                return Get(f.HukouHuzhou, out value);
            case Fact.TalentTier:
                return Get((int?)f.TalentTier, out value);
            case Fact.SeniorTechnician:
                return Get(f.SeniorTechnician, out value);
            case Fact.StartupGrade:
                return Get((int?)f.StartupGrade, out value);
            case Fact.StartupRegisteredInZone:
                return Get(f.StartupRegisteredInZone, out value);
        }

        value = 0;
        return false;
    }

    /// <summary>Reads <see cref="Fact.ContractMonths"/>: known when both employment start and contract end are.</summary>
    public static bool TryReadContractMonths(TalentFacts f, out long value)
    {
        if (f.EmploymentStartDate is { } start && f.ContractEndDate is { } end)
        {
            value = ContractMonths(start, end);
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Whether an input fact is known.</summary>
    public static bool HasValue(TalentFacts f, Fact fact) => fact switch
    {
        Fact.IndustryChain => f.IndustryChain is not null,
        Fact.HeldBenefits => f.HeldBenefits is not null,
        Fact.TeamAverageAge => f.TeamAverageAge is not null,
        _ => TryRead(f, fact, out _),
    };

    /// <summary>Whole months from <paramref name="start"/> to the day after <paramref name="end"/> (the end date is inclusive).</summary>
    public static long ContractMonths(DateOnly start, DateOnly end)
    {
        if (end == DateOnly.MaxValue)
        {
            return int.MaxValue;
        }

        var after = end.AddDays(1);
        var months = ((after.Year - start.Year) * 12) + after.Month - start.Month;
        return after.Day < start.Day ? months - 1 : months;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Get(int? v, out long value)
    {
        value = v.GetValueOrDefault();
        return v.HasValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Get(bool? v, out long value)
    {
        value = v.GetValueOrDefault() ? 1 : 0;
        return v.HasValue;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Get(DateOnly? v, out long value)
    {
        value = v.GetValueOrDefault().DayNumber;
        return v.HasValue;
    }
}
