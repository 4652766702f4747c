using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TalentPortal.Portal.Api;
using TalentPortal.Portal.Localization;

namespace TalentPortal.Portal.Components.Common;

/// <summary>Turns the services' ProblemDetails (English) into what the user reads: a known state or field gets the
/// portal's own text in the user's language, anything else the service's message.</summary>
public static partial class Problems
{
    /// <summary>The page-level message: 503 says the service is unavailable; a known 409 state has its own text.</summary>
    public static string Describe(IStringLocalizer text, ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Status is StatusCodes.Status503ServiceUnavailable or StatusCodes.Status502BadGateway or StatusCodes.Status504GatewayTimeout)
        {
            return text["ServiceUnavailable"];
        }

        if (problem.Code is { Length: > 0 } code && text[$"ProblemCode_{code}"] is { ResourceNotFound: false } refusal)
        {
            return refusal;
        }

        if (problem.State is { Length: > 0 } state && text[$"ProblemState_{state}"] is { ResourceNotFound: false } known)
        {
            return known;
        }

        return problem.Status == StatusCodes.Status403Forbidden ? text["NotAllowed", problem.Message] : text["ActionFailed", problem.Message];
    }

    /// <summary>Puts the problem's field errors next to <paramref name="fields"/> (the API's names, e.g.
    /// <c>education[0].university</c>); in Chinese a field with a portal text (<c>FieldProblem_education_university</c>)
    /// shows that text. True when at least one landed.</summary>
    public static bool AddTo(FormErrors errors, IStringLocalizer text, ApiProblem problem, params string[] fields)
    {
        var landed = false;
        foreach (var field in fields)
        {
            landed |= AddToField(errors, text, problem, field, field);
        }

        return landed;
    }

    /// <summary>The messages of the API's field <paramref name="apiField"/> next to the form's
    /// <paramref name="formField"/> (e.g. <c>endDate</c> next to the end date of one hire among many).</summary>
    public static bool AddToField(FormErrors errors, IStringLocalizer text, ApiProblem problem, string apiField, string formField)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        var messages = problem.For(apiField);
        if (messages.Count == 0)
        {
            return false;
        }

        var own = text[$"FieldProblem_{Index().Replace(apiField, "").Replace('.', '_')}"];
        if (PortalCulture.IsChinese && !own.ResourceNotFound)
        {
            errors.Add(formField, own);
            return true;
        }

        foreach (var message in messages)
        {
            errors.Add(formField, message);
        }

        return true;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
