using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TalentPortal.Storage;

namespace TalentPortal.ServiceDefaults.Http;

/// <summary>Turns every exception into an RFC 9457 ProblemDetails: bad input is a 400 naming the problem, stale
/// writes and duplicates a 409, domain refusals their own status; anything else a 500 without internals.</summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => Malformed(bad),
            ProblemException { StatusCode: StatusCodes.Status409Conflict } domain when !domain.Extensions.ContainsKey("state") => WithExtensions(
                new ProblemDetails { Status = domain.StatusCode, Title = domain.Title, Detail = domain.Message },
                new Dictionary<string, object?>(domain.Extensions) { ["state"] = "Conflict" }),
            ProblemException domain => WithExtensions(
                new ProblemDetails { Status = domain.StatusCode, Title = domain.Title, Detail = domain.Message }, domain.Extensions),
            ConcurrencyConflictException => Conflict(
                "Changed by someone else", "The record was changed by someone else since you read it. Reload and try again.", "Changed"),
            // The index name is internal: the answer says what happened, not how the store is laid out.
            DuplicateKeyException => Conflict("Already exists", "A record with the same key already exists.", "Duplicate"),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A body or parameter that could not be read: 400 (or 413) with <c>errors</c> naming the JSON path or
    /// the parameter, like every other 400.</summary>
    private static ProblemDetails Malformed(BadHttpRequestException bad)
    {
        var (field, detail) = bad.InnerException switch
        {
            JsonException { Path: { Length: > 1 } path } json => (path.TrimStart('$', '.'), $"The JSON body is invalid at {path}: {FirstSentence(json.Message)}"),
            JsonException json => ("body", $"The JSON body is invalid: {FirstSentence(json.Message)}"),
            _ when ParameterName().Match(bad.Message) is { Success: true } match => (match.Groups["name"].Value, bad.Message),
            _ => ("body", bad.Message),
        };
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request too large" : "Malformed request",
            Detail = detail,
        };
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [detail] };
        return problem;
    }

    private static ProblemDetails Conflict(string title, string detail, string state)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail };
        problem.Extensions["state"] = state;
        return problem;
    }

    /// <summary>Minimal APIs name the parameter as "Type name" in quotes: 'Failed to bind parameter "int take" from "x".'</summary>
    [GeneratedRegex("""parameter "[^" ]+ (?<name>[A-Za-z0-9_]+)" """, RegexOptions.None, 100)]
    private static partial Regex ParameterName();

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
