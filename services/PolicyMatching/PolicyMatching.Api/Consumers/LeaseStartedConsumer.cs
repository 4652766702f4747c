using Microsoft.Extensions.Options;
using TalentPortal.Contracts.Housing;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Updates the talent's facts from LeaseStarted and re-evaluates them.</summary>
public sealed class LeaseStartedConsumer(IStore store, EligibilityEvaluator eligibility) : FactsConsumer<LeaseStarted>(store, eligibility)
{
    protected override Guid TalentId(LeaseStarted message) => message.TalentId;

    protected override bool Apply(TalentFacts facts, LeaseStarted message)
    {
        facts.Apply(message);
        return true;
    }
}

public sealed class LeaseStartedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<LeaseStartedConsumer>(options);
