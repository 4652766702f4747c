using System.Globalization;

namespace TalentPortal.Bench;

/// <summary>CPU time from /proc: per process (with its children) and for the whole machine, so a run can report
/// CPU per request of each process and how busy the rest of the machine was.</summary>
public sealed class CpuSampler
{
    private static readonly double TicksPerSecond = 100.0;
    private readonly Dictionary<string, int[]> _processes;
    private Snapshot _start;

    public CpuSampler(Dictionary<string, int[]> processes)
    {
        _processes = processes;
        _start = Take();
    }

    private Snapshot? _end;

    public void Restart() => _start = Take();

    /// <summary>Ends the measured window now; <see cref="Stop"/> reports it later.</summary>
    public void Freeze() => _end = Take();

    /// <summary>CPU seconds each named process used since the start, and the machine's other busy CPU (cores).</summary>
    public (Dictionary<string, double> ProcessSeconds, double BackgroundCores, double Elapsed) Stop()
    {
        var end = _end ?? Take();
        var elapsed = (end.At - _start.At).TotalSeconds;
        var perProcess = _processes.Keys.ToDictionary(k => k, k => (end.Process[k] - _start.Process[k]) / TicksPerSecond);
        var machineBusy = (end.MachineBusy - _start.MachineBusy) / TicksPerSecond;
        var ours = perProcess.Values.Sum();
        return (perProcess, Math.Max(0, machineBusy - ours) / Math.Max(elapsed, 0.001), elapsed);
    }

    private Snapshot Take() => new(
        DateTime.UtcNow,
        MachineBusyTicks(),
        _processes.ToDictionary(p => p.Key, p => p.Value.Sum(ProcessTicks)));

    /// <summary>Sum of busy jiffies over all cores (everything but idle and iowait).</summary>
    public static long MachineBusyTicks()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return fields.Sum() - fields[3] - fields[4];
    }

    private static long ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime, stime, cutime, cstime are fields 14-17 (1-based); after the command they start at index 11.
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private sealed record Snapshot(DateTime At, long MachineBusy, Dictionary<string, long> Process);
}
