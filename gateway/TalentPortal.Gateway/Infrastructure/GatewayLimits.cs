using System.Threading.RateLimiting;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Rate limits: every caller (by account, else by address) gets a fixed window; sign-in is stricter.</summary>
public static class GatewayLimits
{
    public const string Login = "login";

    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("Gateway:RateLimit:PermitsPerMinute", 6000);
        var loginPerMinute = configuration.GetValue("Gateway:RateLimit:LoginPermitsPerMinute", 60);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.User.FindFirst("sub")?.Value ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Login, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPerMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = (context, token) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Results.Problem(title: "Too many requests", detail: "Slow down and try again in a minute.", statusCode: 429)
                    .ExecuteAsync(context.HttpContext));
            };
        });
    }
}
