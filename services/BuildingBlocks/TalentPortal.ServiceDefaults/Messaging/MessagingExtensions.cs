using System.Reflection;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentPortal.Storage.Streams;

namespace TalentPortal.ServiceDefaults.Messaging;

/// <summary>MassTransit on RabbitMQ: kebab-case endpoints prefixed by the service id (so two services consuming the
/// same event get their own queues while replicas of one service compete on one), consumers from the service assembly.</summary>
public static class MessagingExtensions
{
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder, string serviceName, Assembly? consumers = null)
    {
        var section = builder.Configuration.GetSection("RabbitMq");
        builder.Services.Configure<MessagingOptions>(section);
        var options = section.Get<MessagingOptions>() ?? new MessagingOptions();
        builder.Services.AddMassTransit(x =>
        {
            x.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));

            // MassTransit would otherwise report usage to its vendor over the internet; the zone's services call no one outside.
            x.ConfigureUsageTelemetryOptions(o => o.Enabled = false);
            if (consumers is not null)
            {
                x.AddConsumers(consumers);
            }

            // A delivery that fails after its retries is kept in the service's store for operators, not left in _error.
            x.AddConfigureEndpointsCallback((context, _, endpoint) =>
                endpoint.ConfigureError(e => e.UseFilter(context.GetRequiredService<FailedMessageCapture>())));

            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(options.Host, options.Port, options.VirtualHost, h =>
                {
                    h.Username(options.Username);
                    h.Password(options.Password);
                });
                if (options.DelayedRedelivery)
                {
                    cfg.UseDelayedMessageScheduler();
                }

                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<StreamOptions>(builder.Configuration.GetSection("Streams"));
        builder.Services.AddSingleton<FailedMessageCapture>();
        builder.Services.AddSingleton<Operations.FailedMessageGroups>();
        builder.Services.AddSingleton<ParkedEventSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ParkedEventSweeper>());
        builder.Services.AddHealthChecks().AddCheck<StreamHealthCheck>("streams", tags: ["ready"]);
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
