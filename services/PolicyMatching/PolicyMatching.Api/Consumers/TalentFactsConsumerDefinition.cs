using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Messaging;

namespace TalentPortal.PolicyMatching.Consumers;

public sealed class TalentFactsConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<TalentFactsConsumer>(options);
