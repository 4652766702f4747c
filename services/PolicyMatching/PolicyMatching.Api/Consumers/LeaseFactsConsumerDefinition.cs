using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Messaging;

namespace TalentPortal.PolicyMatching.Consumers;

public sealed class LeaseFactsConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<LeaseFactsConsumer>(options);
