using System.Globalization;

namespace TalentPortal.Bench;

/// <summary>A figure measured several times: median and spread (min–max).</summary>
public sealed record Measure(string Unit, IReadOnlyList<double> Values)
{
    public double Median
    {
        get
        {
            var sorted = Values.Order().ToArray();
            return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }
    }

    public double Min => Values.Count == 0 ? double.NaN : Values.Min();
    public double Max => Values.Count == 0 ? double.NaN : Values.Max();

    public override string ToString() => Values.Count <= 1
        ? $"{Format(Median)} {Unit}"
        : $"{Format(Median)} {Unit} ({Format(Min)}–{Format(Max)})";

    public static string Format(double value) => double.IsNaN(value)
        ? "n/a"
        : value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.##", CultureInfo.InvariantCulture);
}

/// <summary>Collects named series across repeated runs.</summary>
public sealed class Series
{
    private readonly Dictionary<string, (string Unit, List<double> Values)> _values = [];

    public void Add(string name, string unit, double value)
    {
        if (!_values.TryGetValue(name, out var entry))
        {
            _values[name] = entry = (unit, []);
        }

        entry.Values.Add(value);
    }

    public IReadOnlyList<string> Names => [.. _values.Keys];

    public Measure this[string name] => _values.TryGetValue(name, out var e) ? new Measure(e.Unit, e.Values) : new Measure("", []);
}
