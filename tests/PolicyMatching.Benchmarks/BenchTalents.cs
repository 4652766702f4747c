using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;

namespace TalentPortal.PolicyMatching.Benchmarks;

/// <summary>Deterministic talents as policy-matching sees them after talent-registry's events: a registration with one
/// degree and, for nine in ten, a confirmed hire. Degrees, graduation dates and hires resemble the zone's intake.</summary>
internal static class BenchTalents
{
    private static readonly string[] Streets = ["凤凰街道", "龙溪街道", "滨湖街道", "仁皇山街道", "康山街道"];
    private static readonly string[] Chains = ["new-energy", "semiconductors", "biomedicine", "digital-economy", "high-end-equipment"];
    private static readonly string[] EmployerTypes = ["Enterprise", "Enterprise", "Enterprise", "ResearchInstitute", "PublicInstitution"];
    private static readonly string[] Tiers = ["Tier985", "Tier211", "DoubleFirstClass", "OverseasQsTop200", "Other", "Other"];

    public static IEnumerable<TalentFacts> Generate(int count, DateOnly today, int seed = 2026)
    {
        var random = new Random(seed);
        var employers = Enumerable.Range(0, 200).Select(i => new Guid(i + 1, 0, 0, new byte[8])).ToArray();
        for (var i = 0; i < count; i++)
        {
            var degree = random.Next(100) switch
            {
                < 8 => "Associate",
                < 58 => "Bachelor",
                < 88 => "Master",
                _ => "Doctorate",
            };
            var graduated = new DateOnly(2016, 1, 1).AddDays(random.Next(today.DayNumber - new DateOnly(2016, 1, 1).DayNumber));
            var registered = new TalentRegistered(
                Guid.CreateVersion7(),
                $"bench-{i}",
                $"人才{i}",
                graduated.AddYears(-random.Next(21, 31)).AddDays(-random.Next(365)),
                random.Next(2) == 0 ? "Male" : "Female",
                random.Next(8) == 0,
                null,
                [new EducationRecordInfo(degree, random.Next(10) > 0, "浙江大学", Tiers[random.Next(Tiers.Length)], "工学", graduated)],
                DateTimeOffset.UtcNow);
            var facts = TalentFacts.From(registered);
            if (random.Next(10) > 0)
            {
                var start = graduated.AddDays(random.Next(400));
                start = start > today ? today : start;
                var employer = random.Next(employers.Length);
                facts.Apply(new EmploymentConfirmed(
                    registered.TalentId,
                    Guid.CreateVersion7(),
                    employers[employer],
                    $"企业{employer}",
                    Streets[employer % Streets.Length],
                    Chains[employer % Chains.Length],
                    EmployerTypes[employer % EmployerTypes.Length],
                    start,
                    start.AddMonths(random.Next(12, 72)).AddDays(-1),
                    random.Next(0, 36),
                    new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    EmployerInZone: random.Next(10) > 0));
            }

            yield return facts;
        }
    }
}
