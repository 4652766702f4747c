namespace TalentPortal.Portal.Edge;

/// <summary>Where a "return to" link may lead: only back into the portal.</summary>
internal static class LocalUrl
{
    /// <summary>A path on this site: one leading slash, then no second slash or backslash that a browser would read as
    /// another host, and no control characters.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
