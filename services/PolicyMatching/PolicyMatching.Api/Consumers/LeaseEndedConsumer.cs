using Microsoft.Extensions.Options;
using TalentPortal.Contracts.Housing;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Updates the talent's facts from LeaseEnded and re-evaluates them.</summary>
public sealed class LeaseEndedConsumer(IStore store, EligibilityEvaluator eligibility) : FactsConsumer<LeaseEnded>(store, eligibility)
{
    protected override Guid TalentId(LeaseEnded message) => message.TalentId;

    protected override bool Apply(TalentFacts facts, LeaseEnded message)
    {
        facts.Apply(message);
        return true;
    }
}

public sealed class LeaseEndedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<LeaseEndedConsumer>(options);
