using System.Globalization;
using CsvHelper;

namespace TalentPortal.TalentRegistry.Features.Intake;

/// <summary>CSV exports of the intake views (UTF-8 with a byte order mark so spreadsheet programs show Chinese correctly).</summary>
public static class IntakeCsv
{
    public static string Breakdown(IntakeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var columns = response.Groups.Count > 0 ? response.Groups[0].Key.Keys.ToList() : [.. response.By];
        return Write(csv =>
        {
            csv.WriteRecord([.. columns, .. response.Months is null ? Array.Empty<string>() : ["month"], "count"]);
            var groups = response.By.Count == 0 ? [new IntakeGroupResponse(new Dictionary<string, string>(), response.Total, response.Series)] : response.Groups;
            foreach (var group in groups)
            {
                var dims = columns.Select(c => group.Key.GetValueOrDefault(c, "")).ToArray();
                if (response.Months is null)
                {
                    csv.WriteRecord([.. dims, Number(group.Count)]);
                    continue;
                }

                for (var i = 0; i < response.Months.Count; i++)
                {
                    csv.WriteRecord([.. dims, response.Months[i], Number(group.Series![i])]);
                }
            }
        });
    }

    public static string Targets(IReadOnlyList<IntakeTargetResponse> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return Write(csv =>
        {
            csv.WriteRecord(["year", "street", "degree", "targetCount", "achieved", "remaining", "monthsElapsed", "monthsRemaining", "paceSoFar", "paceNeeded", "forecast", "onTrack"]);
            foreach (var t in targets)
            {
                csv.WriteRecord([
                    Number(t.Year), t.Street ?? "", t.Degree?.ToString() ?? "", Number(t.TargetCount), Number(t.Achieved), Number(t.Remaining),
                    Number(t.MonthsElapsed), Number(t.MonthsRemaining), Number(t.PaceSoFar), t.PaceNeeded is { } p ? Number(p) : "", Number(t.Forecast),
                    t.OnTrack ? "true" : "false"]);
            }
        });
    }

    private static string Number<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Write(Action<CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            write(csv);
            csv.Flush();
        }

        return "\uFEFF" + text;
    }
}
