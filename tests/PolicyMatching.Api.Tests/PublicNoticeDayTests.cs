using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>The public notice counts Huzhou calendar days (UTC+8), whatever the server's clock zone.</summary>
public sealed class PublicNoticeDayTests
{
    private static readonly Actor Hr = new("hr-1", Roles.EmployerHr);
    private static readonly Actor Official = new("official-1", Roles.Official);

    private static Application Confirmed() => Application.Submit(
        Guid.NewGuid(), "person", "周博士", Guid.NewGuid(), "凤凰街道", "LIVING_ALLOWANCE", "2021-10", null, true, "OneOff", 100000m,
        [], [], "{}", Hr, new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void StartPublicNotice_earlyMorningInHuzhou_startsAfterTheHuzhouDayNotTheUtcDay()
    {
        var application = Confirmed();

        // Friday 02:00 in Huzhou is still Thursday in UTC: the notice starts on the next working day after Friday.
        application.StartPublicNotice(Official, new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero), WorkingDayCalendar.Default, null);

        Assert.Equal(new DateOnly(2026, 11, 30), application.NoticeStart);
    }

    [Fact]
    public void LodgeObjection_theMorningAfterTheNoticeEndedInHuzhou_isRefused()
    {
        var application = Confirmed();
        application.StartPublicNotice(Official, new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), WorkingDayCalendar.Default, null);
        var end = application.NoticeEnd!.Value;

        // 01:00 in Huzhou the day after the end is still the end day in UTC.
        var morningAfter = new DateTimeOffset(end.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);

        Assert.ThrowsAny<Exception>(() => application.LodgeObjection(new Actor("someone", Roles.Graduate), morningAfter, "材料不实"));
    }
}
