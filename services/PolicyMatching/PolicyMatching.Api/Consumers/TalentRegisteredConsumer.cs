using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Creates the talent's facts snapshot and first results (idempotent through the inbox).</summary>
public sealed class TalentRegisteredConsumer(IStore store, EligibilityEvaluator eligibility) : FactsConsumer<TalentRegistered>(store, eligibility)
{
    protected override Guid TalentId(TalentRegistered message) => message.TalentId;

    protected override TalentFacts? Create(TalentRegistered message) => TalentFacts.From(message);

    // Already known: a repeat under another message id changes nothing.
    protected override bool Apply(TalentFacts facts, TalentRegistered message) => false;
}

public sealed class TalentRegisteredConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<TalentRegisteredConsumer>(options);
