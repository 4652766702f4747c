using System.Globalization;
using System.Text;
using TalentPortal.Housing.Domain;

namespace TalentPortal.Housing.Features.Dashboard;

/// <summary>The dashboard as one CSV table (RFC 4180, UTF-8 with a byte order mark for spreadsheet programs): the
/// overall row, then one row per category, street and month, each with every status count and the derived figures.</summary>
public static class DashboardCsv
{
    public static string Write(ServiceRequestDashboard dashboard)
    {
        ArgumentNullException.ThrowIfNull(dashboard);
        var statuses = Enum.GetNames<ServiceRequestStatus>();
        var csv = new StringBuilder("\uFEFF");
        Line(csv, [
            "dimension", "key", "total", .. statuses, "open", "closed", "openOverdue", "closedOnTime", "onTimeRate", "surveys",
            "averageSatisfaction", "averageDaysToClose"]);
        foreach (var row in (IEnumerable<DashboardRow>)[dashboard.Overall, .. dashboard.ByCategory, .. dashboard.ByStreet, .. dashboard.ByMonth])
        {
            Line(csv, [
                row.Dimension, row.Key, Number(row.Total), .. statuses.Select(s => Number(row.ByStatus[s])), Number(row.Open), Number(row.Closed),
                Number(row.OpenOverdue), Number(row.ClosedOnTime), Optional(row.OnTimeRate), Number(row.Surveys), Optional(row.AverageSatisfaction),
                Optional(row.AverageDaysToClose)]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Escape))).Append("\r\n");

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Optional(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
