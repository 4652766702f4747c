namespace TalentPortal.Portal.Api;

/// <summary>The filters of the intake dashboard, as talent-registry's <c>GET /api/intake</c> takes them.</summary>
public sealed record IntakeFilter(string? From, string? To, string? Street, string? Degree, string? IndustryChain, Guid? EmployerId)
{
    /// <summary>The query string for a breakdown (<paramref name="by"/> comma separated), with the filters that are set.</summary>
    public string Query(string? by, bool monthly, string? format = null)
    {
        var parts = new List<string>();
        Add(parts, "from", From);
        Add(parts, "to", To);
        Add(parts, "by", by);
        Add(parts, "street", Street);
        Add(parts, "degree", Degree);
        Add(parts, "industryChain", IndustryChain);
        Add(parts, "employerId", EmployerId?.ToString());
        Add(parts, "monthly", monthly ? "true" : null);
        Add(parts, "format", format);
        return string.Join('&', parts);
    }

    /// <summary>The year of a yyyy-MM month, for the targets shown beside the figures.</summary>
    public static int? Year(string? month) =>
        month is { Length: 7 } && int.TryParse(month.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 3000 ? year : null;

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}

public sealed record IntakeBreakdown(
    string From, string To, IReadOnlyList<string> By, int Total, IReadOnlyList<string>? Months, IReadOnlyList<int>? Series, IReadOnlyList<IntakeGroup> Groups);

public sealed record IntakeGroup(IReadOnlyDictionary<string, string> Key, int Count, IReadOnlyList<int>? Series);

/// <summary>An annual target with its progress; pace and forecast are per month (talent-registry rounds to one decimal).</summary>
public sealed record IntakeTarget(
    Guid Id, int Year, string? Street, string? Degree, int TargetCount, int Achieved, int Remaining, int MonthsElapsed, int MonthsRemaining,
    decimal PaceSoFar, decimal? PaceNeeded, decimal Forecast, bool OnTrack);

public sealed partial class GatewayClient
{
    public Task<ApiResult<IntakeBreakdown>> GetIntakeAsync(IntakeFilter filter, string? by, bool monthly, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return SendAsync<IntakeBreakdown>(HttpMethod.Get, $"api/intake?{filter.Query(by, monthly)}", null, ct);
    }

    public Task<ApiResult<List<IntakeTarget>>> GetIntakeTargetsAsync(int year, CancellationToken ct) =>
        SendAsync<List<IntakeTarget>>(HttpMethod.Get, $"api/intake/targets?year={year}", null, ct);
}
