using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace TalentPortal.ServiceDefaults.Http;

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
