using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace TalentPortal.ServiceDefaults;

/// <summary>The system clock moved forward by an offset that a file holds (a time span such as <c>15.00:00:00</c>), so a
/// whole-system test can let days pass in running processes (a public notice's five working days, an instalment's due
/// date). Configured by <c>Testing:ClockOffsetFile</c>, and refused in Production: a real deployment runs on real time.
/// Timers and timestamps for measuring durations stay on the system clock.</summary>
public sealed class ShiftedClock(string path) : TimeProvider
{
    public const string Setting = "Testing:ClockOffsetFile";

    private sealed record Reading(DateTime WrittenAt, long Length, TimeSpan Offset);

    private volatile Reading? _last;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset();

    /// <summary>The file's offset, read again only when the file changed (no file: zero).</summary>
    public TimeSpan Offset()
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return TimeSpan.Zero;
        }

        if (_last is { } last && last.WrittenAt == file.LastWriteTimeUtc && last.Length == file.Length)
        {
            return last.Offset;
        }

        var offset = TimeSpan.Parse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture);
        _last = new Reading(file.LastWriteTimeUtc, file.Length, offset);
        return offset;
    }

    /// <summary>Replaces the host's clock when <see cref="Setting"/> names a file; a clear error in Production.</summary>
    public static void UseWhenConfigured(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration[Setting] is not { Length: > 0 } file)
        {
            return;
        }

        if (builder.Environment.IsProduction())
        {
            throw new InvalidOperationException($"{Setting} moves the clock for whole-system tests and is refused in Production; remove it.");
        }

        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ShiftedClock(file)));
    }
}
