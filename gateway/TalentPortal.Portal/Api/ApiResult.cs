namespace TalentPortal.Portal.Api;

/// <summary>An RFC 9457 problem as the services send it; <see cref="Errors"/> names the offending fields.</summary>
public sealed record ApiProblem(int Status, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public string Message => Detail ?? Title ?? $"HTTP {Status}";

    /// <summary>The state or rule a 409 names (<c>state</c>), e.g. NoBenefit, Lapsed, Confirmed.</summary>
    public string? State { get; init; }

    /// <summary>The rule a refusal names beside the state (<c>code</c>), e.g. PendingVerification, IdentityUnverified.</summary>
    public string? Code { get; init; }

    /// <summary>How long to wait before trying again (a 429's <c>Retry-After</c>).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The messages for one field; a 400 without field errors is attributed to <paramref name="fallbackField"/>
    /// when given (e.g. "Reason required" from a decision route).</summary>
    public IReadOnlyList<string> For(string field, string? fallbackField = null)
    {
        var match = Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase));
        if (match.Value is { Length: > 0 })
        {
            return match.Value;
        }

        return Status == 400 && Errors.Count == 0 && fallbackField == field ? [Message] : [];
    }
}

/// <summary>Either the value or the problem the gateway answered with.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool Succeeded => Problem is null;
}
