using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MongoDB.Driver;
using TalentPortal.Storage.Jobs;
using TalentPortal.Storage.LiteDb;
using TalentPortal.Storage.Mongo;
using TalentPortal.Storage.Outbox;
using TalentPortal.Storage.Streams;

namespace TalentPortal.Storage;

/// <summary>Registers the service's store: MongoDB when <c>ConnectionStrings:mongo</c> is set, otherwise LiteDB
/// in <c>Storage:DataDirectory</c> (one file per service), plus the outbox relay and the readiness check.</summary>
public static class StorageExtensions
{
    public static IHostApplicationBuilder AddStore(this IHostApplicationBuilder builder, string serviceName, StoreModel model, bool relayOutbox = true)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(model
            .Collection<StreamPosition>("stream_positions")
            .Collection<ParkedEvent>("parked_events", c => c.Index("ix_parked_at", p => p.ParkedAt))
            .Collection<FailedMessage>("failed_messages", c => c.Index("ix_failed_last_at", f => f.LastFailedAt))
            .Collection<OperationRecord>("operations_audit", c => c.Index("ix_operations_at", r => r.At))
            .Collection<ReplicaHeartbeat>("replica_heartbeats"));
        services.AddSingleton<OutboxSignal>();
        services.Configure<OutboxOptions>(builder.Configuration.GetSection("Outbox"));

        var mongo = builder.Configuration.GetConnectionString("mongo");
        if (!string.IsNullOrWhiteSpace(mongo))
        {
            var database = builder.Configuration["Storage:Database"] ?? serviceName;
            services.AddSingleton<IMongoClient>(_ =>
            {
                MongoMapping.Register();
                return new MongoClient(mongo);
            });
            services.AddSingleton<IStore>(sp => new MongoStore(
                sp.GetRequiredService<IMongoClient>(), database, model, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<OutboxSignal>()));
        }
        else
        {
            var directory = builder.Configuration["Storage:DataDirectory"] ?? Path.Combine(builder.Environment.ContentRootPath, ".data");
            var file = Path.Combine(directory, $"{serviceName}.db");
            services.AddSingleton<IStore>(sp => new LiteDbStore(file, model, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<OutboxSignal>()));
        }

        services.AddHostedService<StoreInitializer>();
        if (relayOutbox)
        {
            services.AddSingleton<OutboxRelay>();
            services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        }

        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        return builder;
    }
}
