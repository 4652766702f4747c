using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Dashboard;

/// <summary>Figures of one slice of service requests. Total = Σ ByStatus (every status listed, zeros included);
/// Closed = Resolved + ExplainedNotAdoptable; OnTimeRate = ClosedOnTime ÷ (Closed + OpenOverdue), null when that is 0;
/// AverageSatisfaction over answered surveys; AverageDaysToClose over closed requests (calendar days, one decimal).</summary>
public sealed record DashboardRow(
    string Dimension,
    string Key,
    int Total,
    IReadOnlyDictionary<string, int> ByStatus,
    int Open,
    int Closed,
    int OpenOverdue,
    int ClosedOnTime,
    decimal? OnTimeRate,
    int Surveys,
    decimal? AverageSatisfaction,
    decimal? AverageDaysToClose)
{
    public static DashboardRow Of(string dimension, string key, IReadOnlyCollection<ServiceRequest> requests, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var byStatus = Enum.GetValues<ServiceRequestStatus>().ToDictionary(s => s.ToString(), s => requests.Count(r => r.Status == s));
        var closed = requests.Where(r => r.IsAnswered).ToList();
        var openOverdue = requests.Count(r => r.IsOverdue(now));
        var closedOnTime = closed.Count(r => r.ClosedOnTime);
        var surveys = requests.Where(r => r.Survey is not null).Select(r => r.Survey!.Score).ToList();
        return new DashboardRow(
            dimension,
            key,
            requests.Count,
            byStatus,
            requests.Count(r => r.IsOpen),
            closed.Count,
            openOverdue,
            closedOnTime,
            closed.Count + openOverdue == 0 ? null : decimal.Round((decimal)closedOnTime / (closed.Count + openOverdue), 4, MidpointRounding.AwayFromZero),
            surveys.Count,
            surveys.Count == 0 ? null : decimal.Round((decimal)surveys.Sum() / surveys.Count, 2, MidpointRounding.AwayFromZero),
            closed.Count == 0 ? null : decimal.Round((decimal)closed.Average(r => (r.ClosedAt!.Value - r.SubmittedAt).TotalDays), 1, MidpointRounding.AwayFromZero));
    }
}
