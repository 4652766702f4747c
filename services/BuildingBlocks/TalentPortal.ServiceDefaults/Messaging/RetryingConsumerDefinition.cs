using MassTransit;
using Microsoft.Extensions.Options;

namespace TalentPortal.ServiceDefaults.Messaging;

/// <summary>Consumer definition every consumer derives from: in-process retry, then (when the broker supports it)
/// delayed redelivery, then the endpoint's <c>_error</c> queue where the message stays inspectable.</summary>
public abstract class RetryingConsumerDefinition<TConsumer>(IOptions<MessagingOptions> options) : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        ArgumentNullException.ThrowIfNull(endpointConfigurator);
        if (options.Value.DelayedRedelivery)
        {
            endpointConfigurator.UseDelayedRedelivery(r => r.Intervals(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)));
        }

        endpointConfigurator.UseMessageRetry(r => r.Intervals(options.Value.RetryIntervalsMs));
    }
}
