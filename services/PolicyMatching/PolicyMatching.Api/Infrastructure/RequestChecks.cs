using TalentPortal.PolicyMatching.Rules;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>Checks on input that <c>.Validated&lt;T&gt;()</c> cannot make: optional bodies and query parameters.</summary>
public static class RequestChecks
{
    /// <summary>Validates an optional body: nothing to check when it is absent; a 400 naming every field otherwise.</summary>
    public static void Ensure(IValidatableRequest? request)
    {
        if (request is null)
        {
            return;
        }

        var errors = new ValidationErrors();
        request.Validate(errors);
        if (!errors.IsEmpty)
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest, "One or more validation errors occurred.", "The request is invalid.",
                new Dictionary<string, object?> { ["errors"] = errors.ToDictionary() });
        }
    }

    /// <summary>An evaluation date the engine supports (<see cref="EngineDates"/>), else a 400 naming <paramref name="field"/>.</summary>
    public static DateOnly AsOf(DateOnly? asOf, DateOnly today, string field = "asOf")
    {
        var date = asOf ?? today;
        return EngineDates.Supports(date)
            ? date
            : throw new InvalidFieldException(field, $"{field} must be between {EngineDates.Earliest:yyyy-MM-dd} and {EngineDates.Latest:yyyy-MM-dd}.");
    }

    /// <summary>A state named in a query string, by name only (<see cref="EnumText"/>), else a 400 naming it.</summary>
    public static TEnum? Enum<TEnum>(string? value, string field) where TEnum : struct, System.Enum =>
        string.IsNullOrEmpty(value) ? null
        : EnumText.TryParse<TEnum>(value, out var parsed) ? parsed
        : throw new InvalidFieldException(field, $"{field} must be one of {EnumText.Names<TEnum>()}.");
}
