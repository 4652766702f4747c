namespace TalentPortal.Portal.BrowserTests;

/// <summary>The text scan of <see cref="PageChecks"/> finds what it is for, and leaves the portal's own texts alone.</summary>
public sealed class PageChecksTests
{
    [Theory]
    [InlineData("不包含TALENT_APARTMENT", "zh-CN")]
    [InlineData("未满足 continuous-social-insurance", "zh-CN")]
    [InlineData("Criterion continuous-social-insurance not met", "en")]
    [InlineData("SignInTitle", "en")]
    [InlineData("Degree_Unknown", "zh-CN")]
    [InlineData("毕业时间 06/30/2025", "zh-CN")]
    [InlineData("mm/dd/yyyy", "en")]
    [InlineData("June 1, 2025", "en")]
    [InlineData("毕业时间 June 2025", "zh-CN")]
    [InlineData("毕业时间June2025", "zh-CN")]
    [InlineData("未满足continuous-social-insurance条件", "zh-CN")]
    [InlineData("--------- ----", "en")]
    [InlineData("-------------", "en")]
    public void A_leftover_is_found(string text, string language) =>
        Assert.NotEmpty(PageChecks.FindTextProblems(text, language == "en" ? Language.English : Language.Chinese));

    [Theory]
    [InlineData("2026年3月1日 至 2026年3月6日（5 个工作日）", "zh-CN")]
    [InlineData("毕业时间 2025-06 · 身份证号 330502********1234", "zh-CN")]
    [InlineData("hires-2026-11.csv · 2026年11月27日 10:00 提交", "zh-CN")]
    [InlineData("1 Mar 2026 to 6 Mar 2026 (5 working days) · Jun 2025", "en")]
    [InlineData("A full-time degree; your social-insurance records; Password", "en")]
    [InlineData("对象 ac81c7dd-50e5-e47a-c272-7089dc33d272 — 2026年12月4日 05:01 重放", "zh-CN")]
    public void The_portal_s_own_texts_pass(string text, string language) =>
        Assert.Empty(PageChecks.FindTextProblems(text, language == "en" ? Language.English : Language.Chinese));
}
