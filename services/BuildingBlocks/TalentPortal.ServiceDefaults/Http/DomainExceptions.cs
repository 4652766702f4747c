namespace TalentPortal.ServiceDefaults.Http;

/// <summary>An aggregate was asked for a transition its current state does not allow: 409 whose <c>state</c>
/// extension names the state.</summary>
public sealed class IllegalStateException(string subject, string action, string state)
    : ProblemException(
        409,
        "Illegal state transition",
        $"{subject} cannot be {action}: it is {state}.",
        new Dictionary<string, object?> { ["state"] = state });

/// <summary>A rule the domain enforces refused the request: 409 whose <c>state</c> extension names the state or rule
/// (e.g. <c>NoBenefit</c>, <c>ObjectionOpen</c>), plus any further detail a client can act on.</summary>
public sealed class RuleViolationException(string detail, string state, IReadOnlyDictionary<string, object?>? extensions = null)
    : ProblemException(409, "Conflict", detail, With(extensions, "state", state))
{
    private static Dictionary<string, object?> With(IReadOnlyDictionary<string, object?>? extensions, string key, object? value)
    {
        var all = extensions is null ? [] : new Dictionary<string, object?>(extensions);
        all[key] = value;
        return all;
    }
}

/// <summary>A value only the domain can judge is invalid (an end before its start, a date outside a window): 400
/// whose <c>errors</c> name the field, the same shape as a request that failed validation.</summary>
public sealed class InvalidFieldException(string field, string message)
    : ProblemException(
        400,
        "One or more validation errors occurred.",
        message,
        new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } })
{
    public string Field { get; } = field;
}
