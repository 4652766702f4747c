using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Updates the talent's facts from TalentProfileUpdated and re-evaluates them.</summary>
public sealed class TalentProfileUpdatedConsumer(IStore store, EligibilityEvaluator eligibility) : FactsConsumer<TalentProfileUpdated>(store, eligibility)
{
    protected override Guid TalentId(TalentProfileUpdated message) => message.TalentId;

    protected override bool Apply(TalentFacts facts, TalentProfileUpdated message)
    {
        facts.Apply(message);
        return true;
    }
}

public sealed class TalentProfileUpdatedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<TalentProfileUpdatedConsumer>(options);
