using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Features.Eligibility;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Results that change with the clock alone, on a host whose clock the test moves.</summary>
public sealed class ResultsClockTests : IAsyncLifetime
{
    private readonly PolicyMatchingFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_factory).DisposeAsync();

    private IStore Store => _factory.Services.GetRequiredService<IStore>();

    private ResultsClock Clock => _factory.Services.GetRequiredService<ResultsClock>();

    private DateOnly Today => DateOnly.FromDateTime(_factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>The stored outcome (NotEligible results are not stored).</summary>
    private static string Outcome(TalentFacts facts, string policy) =>
        EligibilityResults.Parse(facts.Results).FirstOrDefault(r => r.PolicyCode == policy)?.Outcome ?? "NotEligible";

    [Fact]
    public async Task Tick_theDayATalentPassesTheAgeLimit_announcesTheTalentApartmentNoLongerEligible_withNoEvent()
    {
        var talentId = Guid.NewGuid();
        var turns46 = Today.AddDays(2);
        await _factory.RegisterDoctorAsync(talentId, birthDate: turns46.AddYears(-46));
        await Messages.PublishAsync(_factory.Services, _factory.Hire(talentId, Guid.NewGuid()), Guid.NewGuid());
        await Eventually.TrueAsync(async () => (await Store.GetAsync<TalentFacts>(talentId))?.EmployerId is not null, what: "the hire");
        var before = (await Store.GetAsync<TalentFacts>(talentId))!;
        Assert.Equal("Eligible", Outcome(before, "TALENT_APARTMENT"));
        Assert.True(before.NextChangeOn <= turns46);
        var announced = await EventProbe.ListenAsync<EligibilityChanged>(
            _factory.Services, e => e.TalentId == talentId && e.PolicyCode == "TALENT_APARTMENT" && e.Outcome == "NotEligible");
        await Clock.TickAsync(CancellationToken.None);

        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await Clock.TickAsync(CancellationToken.None);

        var after = (await Store.GetAsync<TalentFacts>(talentId))!;
        Assert.Equal("NotEligible", Outcome(after, "TALENT_APARTMENT"));
        Assert.True(after.NextChangeOn > Today);
        Assert.Equal("Eligible", (await announced.WaitAsync()).PreviousOutcome);
    }

    [Fact]
    public async Task Tick_twiceOnOneDay_rescreensNoOneTheSecondTime()
    {
        await _factory.RegisterDoctorAsync(Guid.NewGuid());
        _factory.Clock.Advance(TimeSpan.FromDays(40));
        await Clock.TickAsync(CancellationToken.None);

        Assert.Equal(0, await Clock.TickAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Tick_onTheDayAPublishedFutureVersionTakesEffect_startsARematchOfThatPolicyOnce()
    {
        await Clock.TickAsync(CancellationToken.None);
        var takesEffect = Today.AddDays(3);
        var yaml = (await File.ReadAllTextAsync(RepositoryPaths.Combine("seeds", "policies", "talent-apartment.yaml")))
            .Replace("effectiveFrom: 2021-01-01", $"effectiveFrom: {takesEffect:yyyy-MM-dd}", StringComparison.Ordinal);
        var admin = _factory.ClientFor(Roles.Admin);
        var draft = await Flows.OkAsync(await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml }));
        var published = await admin.PostAsJsonAsync($"/api/policies/drafts/{draft.GetProperty("id").GetGuid()}/publish", new { effectiveFrom = takesEffect });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, published.StatusCode);
        var rematchesBefore = (await Store.FindAsync<RematchJob>(j => j.PolicyCode == "TALENT_APARTMENT")).Count;

        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await Clock.TickAsync(CancellationToken.None);
        var dayBefore = (await Store.FindAsync<RematchJob>(j => j.PolicyCode == "TALENT_APARTMENT")).Count;
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await Clock.TickAsync(CancellationToken.None);
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await Clock.TickAsync(CancellationToken.None);

        Assert.Equal(rematchesBefore, dayBefore);
        Assert.Equal(rematchesBefore + 1, (await Store.FindAsync<RematchJob>(j => j.PolicyCode == "TALENT_APARTMENT")).Count);
    }

    [Fact]
    public async Task Tick_whileAnotherReplicaHoldsTheLease_doesNothing()
    {
        var state = new ResultsClockState { Owner = "another-replica", LeaseUntil = _factory.Clock.GetUtcNow().AddMinutes(10) };
        var unitOfWork = Store.BeginUnitOfWork();
        if (await Store.GetAsync<ResultsClockState>(ResultsClockState.SingletonId) is { } existing)
        {
            existing.Owner = state.Owner;
            existing.LeaseUntil = state.LeaseUntil;
            existing.LastDay = null;
            unitOfWork.Update(existing);
        }
        else
        {
            unitOfWork.Insert(state);
        }

        await unitOfWork.CommitAsync();
        await _factory.RegisterDoctorAsync(Guid.NewGuid());

        Assert.Equal(0, await Clock.TickAsync(CancellationToken.None));
        Assert.Null((await Store.GetAsync<ResultsClockState>(ResultsClockState.SingletonId))!.LastDay);
    }
}
