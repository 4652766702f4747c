using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Intake;

namespace TalentPortal.TalentRegistry.Tests;

public sealed class IntakeCubeTests
{
    private static readonly Guid[] Employers = [.. Enumerable.Range(0, 7).Select(_ => Guid.NewGuid())];

    private static IntakeRecord Record(Random random) => new()
    {
        Id = Guid.NewGuid(),
        EmployerId = Employers[random.Next(Employers.Length)],
        Street = Zone.Streets[random.Next(Zone.Streets.Count)],
        IndustryChain = (IndustryChain)random.Next(8),
        Degree = (DegreeLevel)random.Next(4),
        UniversityTier = (UniversityTier)random.Next(5),
        FromOutsideHuzhou = random.Next(10) > 1,
        Month = new DateOnly(2025 + random.Next(2), 1 + random.Next(12), 1),
    };

    [Fact]
    public void Query_anyBreakdownAndFilter_matchesCountingTheRecordsOneByOne()
    {
        var random = new Random(5);
        var records = Enumerable.Range(0, 3000).Select(_ => Record(random)).ToList();
        var cube = new IntakeCube();
        cube.AddRange(records);
        var dimensions = Enum.GetValues<IntakeDimension>();

        for (var round = 0; round < 50; round++)
        {
            var by = dimensions.Where(_ => random.Next(3) == 0).ToList();
            var street = random.Next(2) == 0 ? Zone.Streets[random.Next(Zone.Streets.Count)] : null;
            DegreeLevel? degree = random.Next(2) == 0 ? (DegreeLevel)random.Next(4) : null;
            Guid? employer = random.Next(3) == 0 ? Employers[random.Next(Employers.Length)] : null;
            var from = new DateOnly(2025, 1 + random.Next(12), 1);
            var to = from.AddMonths(random.Next(12));
            var expected = records.Where(r => r.Month >= from && r.Month <= to && (street is null || r.Street == street) && (degree is null || r.Degree == degree) && (employer is null || r.EmployerId == employer)).ToList();

            var result = cube.Query(new IntakeQuery(from, to, by, new IntakeFilter(Degree: degree, Street: street, EmployerId: employer), Monthly: true));

            Assert.Equal(expected.Count, result.Total);
            Assert.Equal(expected.Count, result.Months!.Sum());
            if (by.Count > 0)
            {
                Assert.Equal(result.Total, result.Groups.Sum(g => g.Count));
                Assert.Equal(expected.GroupBy(r => string.Join('|', by.Select(d => Value(r, d)))).Count(), result.Groups.Count);
                Assert.All(result.Groups, g => Assert.Equal(g.Count, g.Months!.Sum()));
            }
        }
    }

    private static string Value(IntakeRecord r, IntakeDimension dimension) => dimension switch
    {
        IntakeDimension.Employer => r.EmployerId.ToString(),
        IntakeDimension.Street => r.Street,
        IntakeDimension.IndustryChain => r.IndustryChain.ToString(),
        IntakeDimension.Degree => r.Degree.ToString(),
        IntakeDimension.UniversityTier => r.UniversityTier.ToString(),
        _ => r.FromOutsideHuzhou.ToString(),
    };

    [Fact]
    public void Query_filterOnAValueNoHireHas_isZero()
    {
        var cube = new IntakeCube();
        cube.Add(Record(new Random(1)));

        var result = cube.Query(new IntakeQuery(new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 1), [IntakeDimension.Street], new IntakeFilter(EmployerId: Guid.NewGuid())));

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Groups);
    }

    [Fact]
    public void Query_byEmployer_namesEachEmployerById()
    {
        var cube = new IntakeCube();
        var random = new Random(3);
        var records = Enumerable.Range(0, 200).Select(_ => Record(random)).ToList();
        cube.AddRange(records);

        var result = cube.Query(new IntakeQuery(new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 1), [IntakeDimension.Employer], new IntakeFilter()));

        Assert.All(result.Groups, g => Assert.Equal(records.Count(r => r.EmployerId.ToString() == g.Key[IntakeDimension.Employer]), g.Count));
    }

    [Theory]
    [InlineData(-1, 0, 0, 2026)]
    [InlineData(7, 0, 0, 2026)]
    [InlineData(0, -1, 0, 2026)]
    [InlineData(0, 8, 0, 2026)]
    [InlineData(0, 0, -1, 2026)]
    [InlineData(0, 0, 16, 2026)]
    [InlineData(0, 0, 0, 1969)]
    public void Add_valueOutsideItsDefinitionOrTheKeysRange_isRefusedAndChangesNothing(int degree, int tier, int chain, int year)
    {
        var cube = new IntakeCube();
        var sound = Record(new Random(9));
        cube.Add(sound);
        var bad = Record(new Random(9));
        bad.Degree = (DegreeLevel)degree;
        bad.UniversityTier = (UniversityTier)tier;
        bad.IndustryChain = (IndustryChain)chain;
        bad.Month = new DateOnly(year, 1, 1);
        bad.EmployerId = Guid.NewGuid();

        Assert.Throws<ArgumentOutOfRangeException>(() => cube.Add(bad));
        Assert.Throws<ArgumentOutOfRangeException>(() => cube.AddRange([Record(new Random(2)), bad]));
        Assert.False(cube.TryAdd(bad, out var problem));

        Assert.Contains(bad.Id.ToString(), problem, StringComparison.Ordinal);
        Assert.Equal(1, cube.Total);
        Assert.Equal(1, cube.CellCount);
    }

    [Fact]
    public void Query_periodRunningBackwards_isRefused()
    {
        var cube = new IntakeCube();

        Assert.Throws<ArgumentOutOfRangeException>(() => cube.Query(new IntakeQuery(new DateOnly(2099, 1, 1), new DateOnly(2026, 1, 1), [], new IntakeFilter(), Monthly: true)));
    }
}
