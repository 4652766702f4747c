using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TalentPortal.Portal.Account;

internal static class PortalAuthentication
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IServiceCollection AddPortalAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddCookie(options =>
        {
            options.Cookie.Name = "tp.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/signin";
            options.AccessDeniedPath = "/no-permission";
            options.ReturnUrlParameter = "returnUrl";

            // A session ends when the gateway's token does (its expiry, set at sign-in), on the gateway's real clock:
            // never on a clock a whole-system test has moved.
            options.TimeProvider = TimeProvider.System;
        });
        services.AddAuthorization();
        return services;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post from the header. The token is checked here, explicitly: the antiforgery middleware only rejects
        // minimal-API requests that bind form values, so another site could otherwise sign the user out.
        app.MapPost("/signout", async Task<IResult> (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return TypedResults.BadRequest();
            }

            await http.SignOutAsync(Scheme);
            return TypedResults.LocalRedirect("/signin");
        }).DisableAntiforgery();
        return app;
    }
}
