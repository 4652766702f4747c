namespace TalentPortal.ServiceDefaults.Http;

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
