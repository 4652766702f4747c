using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentPortal.Portal.Components.Dashboards;

/// <summary>What wwwroot/js/charts.js draws on a canvas: it reads this JSON from the canvas's data-chart attribute, so
/// the statically rendered page needs no interactive component.</summary>
public sealed record ChartSpec(string Type, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Datasets, bool Stacked = false, bool Horizontal = false)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

/// <summary>One dataset; <see cref="Type"/> overrides the chart's type (e.g. a target line over bars).</summary>
public sealed record ChartSeries(string Label, IReadOnlyList<decimal> Data, string? Type = null, string? Color = null);
