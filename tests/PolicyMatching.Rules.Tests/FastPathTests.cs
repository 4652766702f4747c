using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Tests;

public sealed class FastPathTests
{
    private static readonly DateOnly[] Dates = [new(2019, 6, 1), new(2021, 10, 14), new(2026, 2, 28), new(2026, 6, 30), new(2028, 2, 29)];

    /// <summary>Talents with every fact sometimes missing and dates clustered near the thresholds.</summary>
    private static TalentFacts[] RandomTalents(int count, int seed)
    {
        var random = new Random(seed);
        T? Maybe<T>(T value) where T : struct => random.Next(8) == 0 ? null : value;
        DateOnly Day(int fromYear, int years) => new DateOnly(fromYear, 1, 1).AddDays(random.Next(365 * years));
        return [.. Enumerable.Range(0, count).Select(_ => new TalentFacts
        {
            DegreeLevel = Maybe((DegreeLevel)random.Next(1, 5)),
            FullTime = Maybe(random.Next(4) > 0),
            UniversityTier = Maybe((UniversityTier)random.Next(1, 6)),
            BirthDate = Maybe(Day(1968, 40)),
            GraduationDate = Maybe(Day(2016, 12)),
            SocialInsuranceMonths = Maybe(random.Next(0, 30)),
            ContinuousSocialInsuranceMonths = Maybe(random.Next(0, 12)),
            SocialInsuranceMonthsLast12 = Maybe(random.Next(0, 13)),
            EmploymentStartDate = Maybe(Day(2018, 9)),
            ContractEndDate = Maybe(Day(2020, 10)),
            EmployerInZone = Maybe(random.Next(4) > 0),
            EmployedLocally = Maybe(random.Next(4) > 0),
            OwnsHomeLocally = Maybe(random.Next(3) == 0),
            FirstHomePurchase = Maybe(random.Next(2) == 0),
            HukouHuzhou = Maybe(random.Next(3) == 0),
            SeniorTechnician = Maybe(random.Next(6) == 0),
            StartupGrade = Maybe((StartupGrade)random.Next(1, 4)),
            StartupRegisteredInZone = Maybe(random.Next(2) == 0),
            TeamAverageAge = Maybe(random.Next(380, 500) / 10m),
            IndustryChain = random.Next(3) == 0 ? null : "semiconductors",
            HeldBenefits = random.Next(6) == 0 ? null : random.Next(4) == 0 ? ["TALENT_APARTMENT"] : [],
        })];
    }

    [Fact]
    public void EvaluateFast_compiledIl_writesTheSameTraceAsTheInterpreter()
    {
        var talents = RandomTalents(1500, seed: 7);
        foreach (var policy in SeedPolicies.All)
        {
            foreach (var date in Dates)
            {
                var version = policy.VersionAt(date);
                if (version is null)
                {
                    continue;
                }

                var program = version.Program;
                var thresholds = program.ThresholdsAt(date);
                var compiled = new CriterionOutcome[policy.Compiled.TraceLength];
                var interpreted = new CriterionOutcome[program.Length];
                foreach (var talent in talents)
                {
                    var outcome = policy.Compiled.EvaluateFast(talent, date, compiled);
                    program.RunUplifts(talent, thresholds, compiled);
                    program.Eval(talent, thresholds, interpreted, 0, program.Length);

                    // Amount rows are only evaluated when the criteria hold.
                    var criteriaHold = interpreted[program.CriteriaRoot].Verdict == Verdict.Pass;
                    Assert.Equal(interpreted[..program.CriteriaEnd], compiled[..program.CriteriaEnd]);
                    Assert.Equal(interpreted[program.RowsEnd..], compiled[program.RowsEnd..program.Length]);
                    if (criteriaHold)
                    {
                        Assert.Equal(interpreted[program.CriteriaEnd..program.RowsEnd], compiled[program.CriteriaEnd..program.RowsEnd]);
                    }

                    Assert.Equal(PolicyEngine.Evaluate(talent, policy, date).Outcome, outcome);
                }
            }
        }
    }

    [Fact]
    public void EvaluateFast_sameDate_allocatesNothing()
    {
        var talents = RandomTalents(200, seed: 3);
        var date = new DateOnly(2026, 6, 30);
        var policies = SeedPolicies.All.Select(p => p.Compiled).ToArray();
        var buffer = new CriterionOutcome[policies.Max(p => p.TraceLength)];
        foreach (var policy in policies)
        {
            policy.EvaluateFast(talents[0], date, buffer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var talent in talents)
        {
            foreach (var policy in policies)
            {
                policy.EvaluateFast(talent, date, buffer);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void EvaluateFast_bufferTooShort_throws()
    {
        var compiled = SeedPolicies.Get("HOME_PURCHASE").Compiled;

        Assert.Throws<ArgumentException>(() => compiled.EvaluateFast(new TalentFacts(), new DateOnly(2026, 1, 1), new CriterionOutcome[compiled.TraceLength - 1]));
    }

    [Fact]
    public void EvaluateFast_concurrentDates_giveTheSameAnswersAsSequential()
    {
        var talents = RandomTalents(300, seed: 11);
        var compiled = SeedPolicies.Get("RENTAL_SUBSIDY").Compiled;
        var expected = Dates.Select(d => talents.Select(t => compiled.EvaluateFast(t, d, new CriterionOutcome[compiled.TraceLength])).ToArray()).ToArray();

        var actual = new Outcome[Dates.Length][];
        Parallel.For(0, Dates.Length, i =>
        {
            var buffer = new CriterionOutcome[compiled.TraceLength];
            actual[i] = [.. talents.Select(t => compiled.EvaluateFast(t, Dates[i], buffer))];
        });

        Assert.Equal(expected, actual);
    }

    /// <summary>The talents with a random source for each fact (and for some, no sources at all).</summary>
    private static TalentFacts[] WithRandomSources(TalentFacts[] talents, int seed)
    {
        var random = new Random(seed);
        var sources = Enum.GetValues<FactSource>();
        return [.. talents.Select(t => random.Next(5) == 0 ? t : t with
        {
            Sources = FactCatalog.All.Where(_ => random.Next(6) > 0).ToDictionary(f => f, _ => sources[random.Next(sources.Length)]),
        })];
    }

    [Fact]
    public void Screen_givesTheOutcomeAmountVersionAndPendingFactsOfTheExplainedEvaluation()
    {
        var talents = WithRandomSources(RandomTalents(1200, seed: 19), seed: 23);
        var eligible = 0;
        var pending = 0;
        foreach (var policy in SeedPolicies.All)
        {
            foreach (var date in Dates.Append(new DateOnly(2018, 1, 1)))
            {
                foreach (var talent in talents)
                {
                    var explained = PolicyEngine.Evaluate(talent, policy, date);
                    var screened = PolicyEngine.Screen(talent, policy, date);

                    Assert.Equal((explained.Outcome, explained.Benefit?.Amount, explained.VersionId), (screened.Outcome, screened.Amount, screened.VersionId));
                    Assert.Equal(explained.PendingVerification, screened.PendingVerification);
                    eligible += screened.Outcome == Outcome.Eligible ? 1 : 0;
                    pending += screened.Outcome == Outcome.Eligible && screened.PendingVerification.Count > 0 ? 1 : 0;
                }
            }
        }

        // The comparison covers eligible talents, where the amount is computed, not only refusals.
        Assert.True(eligible > 500, $"only {eligible} eligible results");
        Assert.True(pending > 100, $"only {pending} eligible results with facts pending verification");
    }
}
