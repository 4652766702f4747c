using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Benchmarks;

/// <summary>Deterministic talents resembling the zone's intake; about 5% of each fact is missing.</summary>
public static class TalentGenerator
{
    public static TalentFacts[] Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        T? Maybe<T>(T value) where T : struct => random.Next(20) == 0 ? null : value;
        DateOnly Day(DateOnly from, int days) => from.AddDays(random.Next(days));
        DegreeLevel Degree() => random.Next(100) switch
        {
            < 8 => DegreeLevel.Associate,
            < 58 => DegreeLevel.Bachelor,
            < 88 => DegreeLevel.Master,
            _ => DegreeLevel.Doctorate,
        };

        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var graduated = Day(new DateOnly(2016, 1, 1), 365 * 11);
            var started = graduated.AddDays(random.Next(0, 400));
            return new TalentFacts
            {
                DegreeLevel = Maybe(Degree()),
                FullTime = Maybe(random.Next(10) > 0),
                UniversityTier = Maybe((UniversityTier)random.Next(1, 6)),
                BirthDate = Maybe(graduated.AddYears(-random.Next(21, 36)).AddDays(-random.Next(365))),
                GraduationDate = Maybe(graduated),
                SocialInsuranceMonths = Maybe(random.Next(0, 48)),
                ContinuousSocialInsuranceMonths = Maybe(random.Next(0, 24)),
                SocialInsuranceMonthsLast12 = Maybe(random.Next(0, 13)),
                EmploymentStartDate = Maybe(started),
                ContractEndDate = Maybe(started.AddMonths(random.Next(6, 72)).AddDays(-1)),
                EmployerInZone = Maybe(random.Next(5) > 0),
                EmployerType = Maybe((EmployerType)random.Next(1, 4)),
                EmployedLocally = Maybe(random.Next(6) > 0),
                OwnsHomeLocally = Maybe(random.Next(4) == 0),
                FirstHomePurchase = Maybe(random.Next(3) == 0),
                HukouHuzhou = Maybe(random.Next(8) == 0),
                SeniorTechnician = Maybe(random.Next(30) == 0),
                StartupGrade = random.Next(6) == 0 ? (StartupGrade)random.Next(1, 4) : null,
                StartupRegisteredInZone = Maybe(random.Next(8) == 0),
                TeamAverageAge = Maybe(random.Next(320, 500) / 10m),
                HeldBenefits = random.Next(20) == 0 ? null : random.Next(6) == 0 ? ["TALENT_APARTMENT"] : [],
            };
        })];
    }
}
