using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Messaging;

namespace TalentPortal.Housing.Consumers;

public sealed class EntitlementConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EntitlementConsumer>(options);
