using Microsoft.Extensions.Localization;
using TalentPortal.Portal.Api;
using TalentPortal.Portal.Resources;

namespace TalentPortal.Portal.Components.Common;

public static class Failures
{
    /// <summary>A failed call in the user's language: "service unavailable" for a 503, otherwise the text under
    /// <paramref name="key"/> with the problem's message as its argument.</summary>
    public static string Message(IStringLocalizer<PortalText> text, string key, ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Status == StatusCodes.Status503ServiceUnavailable ? text["ServiceUnavailable"].Value : text[key, problem.Message].Value;
    }
}
