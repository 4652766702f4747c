using Microsoft.Extensions.Options;
using TalentPortal.ServiceDefaults.Messaging;

namespace TalentPortal.Housing.Consumers;

public sealed class EmployerDirectoryConsumerDefinition(IOptions<MessagingOptions> options)
    : RetryingConsumerDefinition<EmployerDirectoryConsumer>(options);
