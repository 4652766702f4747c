using MassTransit;
using Microsoft.Playwright;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace TalentPortal.Portal.BrowserTests.RealSystem;

[Collection(RealSystemCollection.Name)]
public sealed class OperationsJourneyTests(RealSystemFixture fixture) : JourneyTest(fixture)
{
    /// <summary>A registration no reader can apply (it names no education): the consumers fail on it after their
    /// retries, and each service keeps it as a failed message.</summary>
    private async Task InduceFailureAsync(string name)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(Broker.Host, (ushort)Broker.Port, Fixture.System.VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync();
        try
        {
            var poison = new TalentRegistered(Guid.NewGuid(), "person-poison", name, new DateOnly(1996, 5, 20), "Male", false, null, null!, DateTimeOffset.UtcNow);
            await bus.Publish(poison, context => context.MessageId = Guid.NewGuid());
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    [Fact]
    public Task Admin_sees_an_induced_failure_grouped_by_cause_replays_it_and_then_discards_it() =>
        OnPageAsync(nameof(Admin_sees_an_induced_failure_grouped_by_cause_replays_it_and_then_discards_it), async page =>
        {
            await InduceFailureAsync("故障演练");

            await page.SignInAsync("admin", "Demo#2026admin");
            var group = page.Locator(".failed-group").Filter(new() { HasText = "policy-matching" }).Filter(new() { HasText = "TalentRegistered" });

            // Polled by opening the page again (a reload would post the last form again).
            await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();
            await page.GotoAsync("/operations");
            await Eventually.TrueAsync(async () =>
            {
                await page.GotoAsync("/operations");
                return await group.CountAsync() == 1;
            }, EventDelay, "the failed registration on the operations page");
            await Expect(group.Locator(".badge")).ToHaveTextAsync("处理失败");
            await Expect(group.Locator(".failed-count")).ToHaveTextAsync("1");
            await Expect(group.Locator("details pre")).Not.ToContainTextAsync("故障演练");
            await page.CheckAsync(Language.Chinese);

            await group.GetByRole(AriaRole.Button, new() { Name = "全部重放（1 条）" }).ClickAsync();
            await Expect(page.Locator("#operations-notice")).ToHaveTextAsync("已重放 1 条消息。");

            // Replayed, it fails again for the same cause and is back on the page, seen once more.
            await Eventually.TrueAsync(async () =>
            {
                await page.GotoAsync("/operations");
                return await group.CountAsync() == 1;
            }, EventDelay, "the replayed registration to fail again");
            await group.GetByLabel("丢弃理由").FillAsync("演练用的无效消息");
            await group.GetByRole(AriaRole.Button, new() { Name = "全部丢弃（1 条）" }).ClickAsync();

            await Expect(page.Locator("#operations-notice")).ToHaveTextAsync("已丢弃 1 条消息。");
            await Expect(group).ToHaveCountAsync(0);
            await page.CheckAsync(Language.Chinese);
        });
}
