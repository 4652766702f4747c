namespace TalentPortal.Portal.Api;

/// <summary>housing's service-request dashboard: every slice is computed from the same requests, so rows reconcile.</summary>
public sealed record ServiceDashboard(
    DateTimeOffset AsOf, DateOnly? From, DateOnly? To, string? Street, string? Category, ServiceDashboardRow Overall,
    IReadOnlyList<ServiceDashboardRow> ByCategory, IReadOnlyList<ServiceDashboardRow> ByStreet, IReadOnlyList<ServiceDashboardRow> ByMonth);

public sealed record ServiceDashboardRow(
    string Dimension, string Key, int Total, IReadOnlyDictionary<string, int> ByStatus, int Open, int Closed, int OpenOverdue, int ClosedOnTime,
    decimal? OnTimeRate, int Surveys, decimal? AverageSatisfaction, decimal? AverageDaysToClose)
{
    /// <summary>The statuses in workflow order (the API lists all seven, zeros included).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["Submitted", "Accepted", "InProgress", "Resolved", "ExplainedNotAdoptable", "Merged", "Withdrawn"];

    public int Count(string status) => ByStatus.TryGetValue(status, out var count) ? count : 0;
}

/// <summary>The dashboard's filters: submission dates (yyyy-MM-dd, zone calendar), street and category.</summary>
public sealed record ServiceDashboardFilter(string? From, string? To, string? Street, string? Category)
{
    public string Query(string? format = null) => string.Join('&', new[]
    {
        ("from", From), ("to", To), ("street", Street), ("category", Category), ("format", format),
    }.Where(p => p.Item2 is { Length: > 0 }).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}

public sealed partial class GatewayClient
{
    public Task<ApiResult<ServiceDashboard>> GetServiceDashboardAsync(ServiceDashboardFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return SendAsync<ServiceDashboard>(HttpMethod.Get, $"api/housing/dashboard/service-requests?{filter.Query()}", null, ct);
    }
}
