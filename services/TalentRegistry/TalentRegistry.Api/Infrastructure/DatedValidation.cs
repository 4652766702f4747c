using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

public static class DatedValidation
{
    /// <summary>Runs <see cref="IDatedRequest.Validate"/> with today's date from the host's clock; failures are a 400
    /// naming each field, and the handler never runs. Put it after <c>Validated&lt;TRequest&gt;()</c>.</summary>
    public static RouteHandlerBuilder ValidatedAsOfToday<TRequest>(this RouteHandlerBuilder builder) where TRequest : class, IDatedRequest =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            if (context.Arguments.OfType<TRequest>().FirstOrDefault() is not { } request)
            {
                return await next(context);
            }

            var errors = new ValidationErrors();
            request.Validate(errors, Zone.Today(context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()));
            return errors.IsEmpty ? await next(context) : TypedResults.ValidationProblem(errors.ToDictionary());
        });
}
