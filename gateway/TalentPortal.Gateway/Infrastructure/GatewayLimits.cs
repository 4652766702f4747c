using System.Threading.RateLimiting;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Rate limits: every caller (by account, else by address) gets a fixed window; sign-in is stricter.</summary>
public static class GatewayLimits
{
    public const string Login = "login";
    public const string Register = "register";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Gateway:RateLimit:PermitsPerMinute", 6000);
        var loginPerMinute = configuration.GetValue("Gateway:RateLimit:LoginPermitsPerMinute", 60);
        var registrationsPerHour = configuration.GetValue("Gateway:RateLimit:RegistrationsPerHour", 60);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirst("sub")?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            // Keyed by the client's address: the real one, since forwarded headers are trusted only from known proxies
            // (the portal, an ingress). Each username is also slowed and locked on its own (SignInGuard).
            o.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Register, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = registrationsPerHour, Window = TimeSpan.FromHours(1) }));
            o.OnRejected = (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
                    ? ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "60";
                return new ValueTask(Results.Problem(title: "Too many requests", detail: "Slow down and try again in a minute.", statusCode: 429)
                    .ExecuteAsync(context.HttpContext));
            };
        });
    }
}
