using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace TalentPortal.ServiceDefaults.Tests;

public sealed class ShiftedClockTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"clock-offset-{Guid.NewGuid():N}");

    public void Dispose() => File.Delete(_file);

    private void Write(string text)
    {
        File.WriteAllText(_file + ".next", text);
        File.Move(_file + ".next", _file, overwrite: true);
    }

    [Fact]
    public void Clock_runsAheadByTheFilesOffset_andFollowsEachNewOffset()
    {
        var clock = new ShiftedClock(_file);
        Assert.Equal(TimeSpan.Zero, clock.Offset());

        Write("15.00:00:00");
        var ahead = clock.GetUtcNow() - DateTimeOffset.UtcNow;
        Write("00:00:00");

        Assert.InRange(ahead, TimeSpan.FromDays(15) - TimeSpan.FromSeconds(5), TimeSpan.FromDays(15) + TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, clock.Offset());
    }

    [Fact]
    public void Host_withTheSetting_usesTheMovedClock_outsideProduction()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration[ShiftedClock.Setting] = _file;
        builder.AddServiceDefaults("sample");

        using var app = builder.Build();

        Assert.IsType<ShiftedClock>(app.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Host_withTheSetting_inProduction_failsAtStartNamingIt()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration[ShiftedClock.Setting] = _file;

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddServiceDefaults("sample"));

        Assert.Contains(ShiftedClock.Setting, refused.Message, StringComparison.Ordinal);
    }
}
