using MassTransit;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Reads talent-registry's talent stream, each talent's events in order, into their facts; each event
/// re-evaluates the talent and announces the results that moved.</summary>
public sealed class TalentFactsConsumer(IStore store, EligibilityEvaluator eligibility, TimeProvider time) : FactsConsumer(store, eligibility, time),
    IConsumer<TalentRegistered>, IConsumer<TalentProfileUpdated>, IConsumer<EmploymentConfirmed>, IConsumer<EmploymentEnded>, IConsumer<InsuranceRecorded>
{
    public Task Consume(ConsumeContext<TalentRegistered> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<TalentProfileUpdated> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<EmploymentConfirmed> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<EmploymentEnded> context) => ConsumeInOrderAsync(context);

    public Task Consume(ConsumeContext<InsuranceRecorded> context) => ConsumeInOrderAsync(context);

    protected override (Guid TalentId, Action<TalentFacts> Apply)? Change(object message) => message switch
    {
        TalentRegistered registered => (registered.TalentId, facts => facts.Apply(registered)),
        TalentProfileUpdated updated => (updated.TalentId, facts => facts.Apply(updated)),
        EmploymentConfirmed confirmed => (confirmed.TalentId, facts => facts.Apply(confirmed)),
        EmploymentEnded ended => (ended.TalentId, facts => facts.Apply(ended)),
        InsuranceRecorded recorded => (recorded.TalentId, facts => facts.Apply(recorded)),
        _ => null,
    };
}
