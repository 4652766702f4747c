using System.Globalization;
using Microsoft.AspNetCore.Localization;
using TalentPortal.Portal.Edge;

namespace TalentPortal.Portal.Localization;

/// <summary>zh-CN first, English on request (culture cookie set by the language switch).</summary>
internal static class PortalCulture
{
    public const string Chinese = "zh-CN";
    public const string English = "en";

    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app)
    {
        string[] cultures = [Chinese, English];
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Chinese)
            .AddSupportedCultures(cultures)
            .AddSupportedUICultures(cultures);

        // Chinese first whatever the browser's language: only the switch (cookie) or ?culture= choose English.
        options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        return app.UseRequestLocalization(options);
    }

    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/culture/{culture}", (HttpContext http, string culture, string? returnUrl) =>
        {
            var chosen = culture == English ? English : Chinese;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, Secure = http.Request.IsHttps });
            return TypedResults.LocalRedirect(LocalUrl.IsLocal(returnUrl) ? returnUrl! : "/");
        });
        return app;
    }
}
