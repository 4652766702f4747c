using MassTransit;
using Microsoft.Extensions.Options;
using TalentPortal.Storage;
using TalentPortal.Storage.Streams;

namespace TalentPortal.ServiceDefaults.Messaging;

/// <summary>Consumer definition every consumer derives from: immediate retries when another delivery for the same
/// record committed first, in-process retry, then (when the broker supports it) delayed redelivery, then the
/// service's failed messages where operators see and replay it. A stream consumer handles one subject's events one
/// at a time (a partition per subject), so they rarely race at all.</summary>
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
        endpointConfigurator.UseMessageRetry(r =>
        {
            r.Handle<ConcurrencyConflictException>();
            r.Handle<DuplicateKeyException>();
            r.Immediate(10);
        });
        if (typeof(StreamConsumer).IsAssignableFrom(typeof(TConsumer)))
        {
            consumerConfigurator.UsePartitioner(16, c => c.Headers.Get<string>(StreamHeaders.Subject) ?? c.MessageId?.ToString() ?? "");
        }
    }
}
