using Microsoft.Extensions.Localization;
using TalentPortal.Portal.Api;
using TalentPortal.Portal.Resources;

namespace TalentPortal.Portal.Components.Common;

public static class Failures
{
    /// <summary>A failed call in the user's language: "service unavailable" for a 503, the portal's own text for a
    /// refusal it knows (<c>code</c>, e.g. PendingVerification), otherwise the text under <paramref name="key"/> with the
    /// problem's message as its argument.</summary>
    public static string Message(IStringLocalizer<PortalText> text, string key, ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            return text["ServiceUnavailable"].Value;
        }

        return problem.Code is { Length: > 0 } code && text[$"ProblemCode_{code}"] is { ResourceNotFound: false } refusal
            ? refusal.Value
            : text[key, problem.Message].Value;
    }
}
