namespace TalentPortal.ServiceDefaults.Auth;

/// <summary>How far an endpoint's answer depends on who the caller is, beyond their role.</summary>
public enum AccessScope
{
    /// <summary>No per-record scope: reference data, or the caller's own data found from their token.</summary>
    Any,

    /// <summary>The route names a record; a caller whose scope does not cover it gets 403 (404 when it does not exist).</summary>
    Record,

    /// <summary>A list the service filters to the caller's scope: records outside it are never in the answer.</summary>
    Filtered,
}
