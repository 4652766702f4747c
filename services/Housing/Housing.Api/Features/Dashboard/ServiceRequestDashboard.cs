namespace TalentPortal.Housing.Features.Dashboard;

public sealed record ServiceRequestDashboard(
    DateTimeOffset AsOf,
    DateOnly? From,
    DateOnly? To,
    string? Street,
    string? Category,
    string Definitions,
    DashboardRow Overall,
    IReadOnlyList<DashboardRow> ByCategory,
    IReadOnlyList<DashboardRow> ByStreet,
    IReadOnlyList<DashboardRow> ByMonth);
