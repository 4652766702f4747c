using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Street officials see their street's figures only; zone officials and admins see every street.</summary>
public static class IntakeScope
{
    /// <summary>The street the figures are held to: the requested one (403 outside the caller's scope), or for a
    /// street official their own.</summary>
    public static string? StreetFor(Caller caller, string? requested)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var street = caller.SeesWholeZone ? requested : requested ?? caller.Street;
        TalentAccess.DemandStreet(caller, street);
        return street;
    }

    public static bool WantsCsv(HttpContext http, string? format)
    {
        ArgumentNullException.ThrowIfNull(http);
        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format is null && http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
    }
}
