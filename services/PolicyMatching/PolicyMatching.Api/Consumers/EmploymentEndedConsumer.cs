using Microsoft.Extensions.Options;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Consumers;

/// <summary>Updates the talent's facts from EmploymentEnded and re-evaluates them.</summary>
public sealed class EmploymentEndedConsumer(IStore store, EligibilityEvaluator eligibility) : FactsConsumer<EmploymentEnded>(store, eligibility)
{
    protected override Guid TalentId(EmploymentEnded message) => message.TalentId;

    protected override bool Apply(TalentFacts facts, EmploymentEnded message)
    {
        facts.Apply(message);
        return true;
    }
}

public sealed class EmploymentEndedConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmploymentEndedConsumer>(options);
