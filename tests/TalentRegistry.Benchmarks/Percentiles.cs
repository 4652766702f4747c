using System.Globalization;

namespace TalentPortal.TalentRegistry.Benchmarks;

/// <summary>Latency samples in milliseconds and their percentiles.</summary>
internal sealed class Percentiles(string name)
{
    private readonly List<double> _samples = [];

    public void Add(TimeSpan elapsed) => _samples.Add(elapsed.TotalMilliseconds);

    public double At(double percentile)
    {
        var sorted = _samples.Order().ToList();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{name,-34} n={_samples.Count,4}  p50={At(50),9:0.000} ms  p95={At(95),9:0.000} ms  p99={At(99),9:0.000} ms  max={_samples.Max(),9:0.000} ms");
}
