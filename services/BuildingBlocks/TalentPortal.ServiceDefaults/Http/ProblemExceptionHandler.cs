using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentPortal.Storage;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Turns every exception into an RFC 9457 ProblemDetails: bad input is a 400 naming the problem, stale
/// writes and duplicates a 409, domain refusals their own status; anything else a 500 without internals.</summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Malformed request",
                Detail = Describe(bad),
            },
            ProblemException domain => WithExtensions(
                new ProblemDetails { Status = domain.StatusCode, Title = domain.Title, Detail = domain.Message }, domain.Extensions),
            ConcurrencyConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Changed by someone else",
                Detail = $"{conflict.Message} Reload and try again.",
            },
            DuplicateKeyException duplicate => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Already exists",
                Detail = duplicate.Message,
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        JsonException { Path: { Length: > 0 } path } json => $"The JSON body is invalid at {path}: {FirstSentence(json.Message)}",
        JsonException json => $"The JSON body is invalid: {FirstSentence(json.Message)}",
        _ => bad.Message,
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
