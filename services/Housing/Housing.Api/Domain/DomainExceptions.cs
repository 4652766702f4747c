using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Domain;

/// <summary>The current state does not allow the requested action: 409 whose <c>state</c> extension names the state.</summary>
public sealed class IllegalStateException(string subject, string action, string state)
    : ProblemException(
        409,
        "Illegal state transition",
        $"{subject} cannot be {action}: it is {state}.",
        new Dictionary<string, object?> { ["state"] = state });

/// <summary>A rule the aggregate enforces refused the request: 409 with the state (or reason) named.</summary>
public sealed class RuleViolationException(string detail, string state)
    : ProblemException(409, "Conflict", detail, new Dictionary<string, object?> { ["state"] = state });

/// <summary>A value only the domain can judge is invalid: 400 naming the field.</summary>
public sealed class InvalidFieldException(string field, string message)
    : ProblemException(
        400,
        "One or more validation errors occurred.",
        message,
        new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
