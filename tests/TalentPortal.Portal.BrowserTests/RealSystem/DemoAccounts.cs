namespace TalentPortal.Portal.BrowserTests.RealSystem;

/// <summary>The accounts in seeds/demo-accounts.json that the journeys sign in with.</summary>
internal static class DemoAccounts
{
    public const string HrUsername = "hr.weilan";
    public const string HrPassword = "Demo#2026hr";
    public const string OfficialUsername = "official.zone";
    public const string OfficialPassword = "Demo#2026zone";

    /// <summary>hr.weilan's employer, 卫蓝新能源 (seeds/employers.json).</summary>
    public static readonly Guid WeilanEmployerId = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");
}
