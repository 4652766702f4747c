using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>An aggregate was asked for a transition its current state does not allow (409 naming the state).</summary>
public sealed class IllegalStateTransitionException(string subject, string action, string currentState)
    : ProblemException(
        409,
        "Illegal state transition",
        $"{subject} cannot be {action}: it is {currentState}.",
        new Dictionary<string, object?> { ["currentState"] = currentState });

/// <summary>A value that only the aggregate can judge (e.g. an end date before the start) is invalid: 400 naming the field.</summary>
public sealed class InvalidFieldException(string field, string message)
    : ProblemException(
        400,
        "One or more validation errors occurred.",
        message,
        new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
