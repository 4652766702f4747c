using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using TalentPortal.Gateway.Accounts;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Gateway.Infrastructure;

public static class GatewayModule
{
    public static StoreModel Model { get; } = new StoreModel()
        .Collection<Account>("accounts", c => c.Unique("ux_accounts_username", a => a.Username));

    public static WebApplicationBuilder AddGatewayServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        builder.AddStore(ServiceIds.Gateway, Model, relayOutbox: false);
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();

        // Loaded now, so a start without the key it needs stops here with the reason, not at the first sign-in.
        var signingKey = SigningKey.Load(configuration, builder.Environment);
        services.AddSingleton(sp => new TokenIssuer(
            signingKey,
            configuration["Auth:Issuer"] ?? AuthExtensions.DefaultIssuer,
            configuration["Auth:Audience"] ?? AuthExtensions.DefaultAudience,
            configuration.GetValue("Auth:TokenLifetime", TimeSpan.FromMinutes(15)),
            sp.GetRequiredService<TimeProvider>()));

        // The gateway validates its own tokens with its own public key: no metadata round trip.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).PostConfigure<TokenIssuer>((options, issuer) =>
        {
            options.Authority = null;
            options.Configuration = new OpenIdConnectConfiguration { Issuer = issuer.Issuer };
            options.Configuration.SigningKeys.Add(issuer.PublicKey);
            options.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(options.Configuration);
        });
        if (DemoData.IsRequested(configuration, builder.Environment))
        {
            services.AddHostedService<DemoAccountSeeder>();
        }

        services.AddGatewayRateLimits(configuration);
        services.AddTrustedProxies(configuration);
        services.Configure<SignInGuardOptions>(configuration.GetSection("SignIn"));
        services.AddSingleton<SignInGuard>();

        services.AddServiceClient<TalentRegistryClient>(configuration, ServiceIds.TalentRegistry);
        services.AddServiceClient<PolicyMatchingClient>(configuration, ServiceIds.PolicyMatching);
        services.AddServiceClient<HousingClient>(configuration, ServiceIds.Housing);
        services.AddScoped<Operations.ServiceDirectory>();
        services.AddHealthChecks()
            .AddCheck("gateway", () => HealthCheckResult.Healthy(), tags: ["ready"])
            .AddCheck<ServiceReadinessCheck<TalentRegistryClient>>(ServiceIds.TalentRegistry, tags: ["ready"])
            .AddCheck<ServiceReadinessCheck<PolicyMatchingClient>>(ServiceIds.PolicyMatching, tags: ["ready"])
            .AddCheck<ServiceReadinessCheck<HousingClient>>(ServiceIds.Housing, tags: ["ready"]);

        services.AddReverseProxy().LoadFromConfig(configuration.GetSection("ReverseProxy"));
        return builder;
    }

    /// <summary>Forwarded headers and correlation ids first; rate limiting once the caller is known.</summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseTrustedForwardedHeaders();
        app.UseCorrelationId();
        return app;
    }
}
