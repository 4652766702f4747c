namespace TalentPortal.ServiceDefaults.Http;

/// <summary>An aggregate was asked for a transition its current state does not allow: 409 whose <c>state</c>
/// extension names the state.</summary>
public sealed class IllegalStateException(string subject, string action, string state)
    : ProblemException(
        409,
        "Illegal state transition",
        $"{subject} cannot be {action}: it is {state}.",
        new Dictionary<string, object?> { ["state"] = state });
