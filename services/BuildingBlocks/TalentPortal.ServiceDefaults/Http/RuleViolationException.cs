namespace TalentPortal.ServiceDefaults.Http;

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
