using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Messaging;

namespace TalentPortal.Housing.Consumers;

public sealed class ResidentFactsConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<ResidentFactsConsumer>(options);
