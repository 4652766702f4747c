using System.Diagnostics;

namespace TalentPortal.Gateway.Infrastructure;

/// <summary>Keeps the caller's X-Correlation-Id (or starts one), forwards it to the services and echoes it back.</summary>
internal static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var id = context.Request.Headers[Header].ToString();
            if (string.IsNullOrEmpty(id) || id.Length > 64)
            {
                id = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
                context.Request.Headers[Header] = id;
            }

            context.Response.Headers[Header] = id;
            return next(context);
        });
}
