using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Updates the talent's facts from EmploymentConfirmed and re-evaluates them.</summary>
public sealed class EmploymentConfirmedConsumer(IStore store, EligibilityEvaluator eligibility) : FactsConsumer<EmploymentConfirmed>(store, eligibility)
{
    protected override Guid TalentId(EmploymentConfirmed message) => message.TalentId;

    protected override bool Apply(TalentFacts facts, EmploymentConfirmed message)
    {
        facts.Apply(message);
        return true;
    }
}

public sealed class EmploymentConfirmedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmploymentConfirmedConsumer>(options);
