using System.Text.Json;
using System.Text.Json.Serialization;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.ServiceDefaults.Operations;
using TalentPortal.Storage.Outbox;

namespace TalentPortal.ServiceDefaults;

/// <summary>What every TalentPortal host shares: telemetry, health, ProblemDetails, JSON, JWT validation, OpenAPI.</summary>
public static class ServiceDefaultsExtensions
{
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddHostDefaults(serviceName);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer(AccessDocumentation.AddSchemeAsync);
            o.AddOperationTransformer(AccessDocumentation.DescribeAsync);
        });
        builder.AddPortalAuthentication();
        return builder;
    }

    /// <summary>What a host that is not an API service (the portal) shares too: telemetry exported to
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> when it is set, the service identity and the liveness check; map the health
    /// endpoints with <see cref="MapHealthEndpoints"/>.</summary>
    public static WebApplicationBuilder AddHostDefaults(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddTelemetry(serviceName);
        builder.Services.AddSingleton(new ServiceIdentity(serviceName));
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"]);
        ShiftedClock.UseWhenConfigured(builder);
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Enums travel as their names only: a number (7, "-1") is not a value of the enum and is refused.
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }

    /// <summary>Error handling, authentication, <c>/health/live</c>, <c>/health/ready</c> and <c>/openapi/v1.json</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        app.MapOpenApi().Public("the API description; holds no data");
        if (app.Services.GetService<FailedMessageGroups>() is not null)
        {
            app.MapOperationsEndpoints(app.Services.GetRequiredService<ServiceIdentity>().Name);
        }

        return app;
    }

    /// <summary><c>/health/live</c> (the checks tagged "live") and <c>/health/ready</c> (those tagged "ready", as JSON).</summary>
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = c => c.Tags.Contains("live") })
            .Public("liveness for the orchestrator; says only that the process answers");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).Public("readiness for the orchestrator and the gateway; names dependencies and counts, no personal data");
        return app;
    }

    private static void AddTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName)
                .AddMeter("TalentPortal.Storage"));

        // Traces are recorded only when they can be exported: a span per request costs CPU on every hop.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddSource(DiagnosticHeaders.DefaultListenerName, OutboxRelay.ActivitySourceName));
            telemetry.UseOtlpExporter();
        }
    }
}
