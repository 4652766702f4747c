namespace TalentPortal.ServiceDefaults.Http;

/// <summary>A domain rule refused the request; rendered as a ProblemDetails with <see cref="StatusCode"/>.</summary>
public class ProblemException(int statusCode, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();

    public static ProblemException Conflict(string detail, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(409, "Conflict", detail, extensions);

    public static ProblemException NotFound(string detail) => new(404, "Not found", detail);

    public static ProblemException Forbidden(string detail) => new(403, "Forbidden", detail);
}
