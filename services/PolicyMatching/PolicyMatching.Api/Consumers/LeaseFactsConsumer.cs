using MassTransit;
using TalentPortal.Contracts.Housing;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Reads housing's lease stream: while a talent-apartment lease runs the talent holds that benefit (which,
/// for one, excludes the rental subsidy).</summary>
public sealed class LeaseFactsConsumer(IStore store, EligibilityEvaluator eligibility, TimeProvider time) : FactsConsumer(store, eligibility, time),
    IConsumer<LeaseStarted>, IConsumer<LeaseEnded>
{
    public Task Consume(ConsumeContext<LeaseStarted> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<LeaseEnded> context) => ConsumeInOrderAsync(context);

    protected override (Guid TalentId, Action<TalentFacts> Apply)? Change(object message) => message switch
    {
        LeaseStarted started => (started.TalentId, facts => facts.Apply(started)),
        LeaseEnded ended => (ended.TalentId, facts => facts.Apply(ended)),
        _ => null,
    };
}
