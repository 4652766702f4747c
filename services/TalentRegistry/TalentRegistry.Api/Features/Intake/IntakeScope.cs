using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>Street officials see their street's figures only; zone officials and admins see every street.</summary>
public static class IntakeScope
{
    public static string? StreetFor(Caller caller, string? requested)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.SeesWholeZone)
        {
            return requested;
        }

        return requested is null || requested == caller.Street
            ? caller.Street
            : throw ProblemException.Forbidden($"Street officials see {caller.Street} only, not {requested}.");
    }

    public static bool WantsCsv(HttpContext http, string? format)
    {
        ArgumentNullException.ThrowIfNull(http);
        return string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || (format is null && http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase));
    }
}
