using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>A request that checks itself; field names in errors are the JSON (camelCase) names.</summary>
public interface IValidatableRequest
{
    void Validate(ValidationErrors errors);
}

/// <summary>Field errors collected while validating a request.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Requires a non-blank value no longer than <paramref name="maxLength"/>.</summary>
    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
        }
        else
        {
            MaxLength(field, value, maxLength);
        }
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"{field} must be at most {maxLength} characters.");
        }
    }

    public void Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

/// <summary>Endpoint filter running <see cref="IValidatableRequest.Validate"/> on the body; failures are a 400
/// ValidationProblem and the handler never runs, so nothing is written.</summary>
public static class ValidationFilter
{
    public static RouteHandlerBuilder Validated<TRequest>(this RouteHandlerBuilder builder) where TRequest : class, IValidatableRequest =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var request = context.Arguments.OfType<TRequest>().FirstOrDefault();
            var errors = new ValidationErrors();
            if (request is null)
            {
                errors.Add("body", "A JSON body is required.");
            }
            else
            {
                request.Validate(errors);
            }

            return errors.IsEmpty ? await next(context) : TypedResults.ValidationProblem(errors.ToDictionary());
        }).ProducesValidationProblem();
}
