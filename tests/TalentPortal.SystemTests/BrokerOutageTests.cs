using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Testing;

namespace TalentPortal.SystemTests;

/// <summary>A system on a RabbitMQ node of its own (so stopping it disturbs no other test).</summary>
public sealed class IsolatedBrokerSystem : PortalSystem
{
    public const int AmqpPort = 5680;
    private readonly string _brokerDirectory = Path.Combine(Path.GetTempPath(), "talentportal-fault-broker", Guid.NewGuid().ToString("N")[..8]);

    protected override string BrokerPort => AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<string> CreateVirtualHostAsync()
    {
        await BrokerAsync("start");
        return "/";
    }

    protected override Task DeleteVirtualHostAsync(string name) => BrokerAsync("stop");

    public Task BrokerAsync(string command) => RunAsync(command);

    private async Task RunAsync(string command)
    {
        var start = new ProcessStartInfo("bash", [RepositoryPaths.Combine("deploy", "rabbitmq.sh"), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["RABBITMQ_DIR"] = _brokerDirectory;
        start.Environment["RABBITMQ_PORT"] = AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["RABBITMQ_MANAGEMENT_PORT"] = "15680";
        start.Environment["RABBITMQ_NODENAME"] = "rabbit-fault@localhost";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmq.sh {command} failed: {output}");
        }
    }
}

/// <summary>The broker goes down while registrations and hires are in flight and comes back: every event still
/// arrives, once, in each talent's order.</summary>
public sealed class BrokerOutageTests(IsolatedBrokerSystem system) : IClassFixture<IsolatedBrokerSystem>
{
    private const int Batch = 30;

    [Fact]
    public async Task BrokerStopsMidBatch_everyRegistrationAndHireArrivesExactlyOnceInBothServices()
    {
        using var client = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));
        using var hr = system.Client(await system.LoginAsync("hr.weilan", "Demo#2026hr"));
        var weilan = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");
        var ids = new List<Guid>();
        var hired = new HashSet<Guid>();
        for (var i = 0; i < Batch; i++)
        {
            if (i == Batch / 3)
            {
                await system.BrokerAsync("stop-app");
            }

            var name = $"断网测试{i}";
            var nationalId = NationalIds.Next();
            var response = await client.PostAsJsonAsync("api/talents", EndToEndTests.Talent(name, nationalId));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            ids.Add(id);
            if (i % 2 == 0)
            {
                var hire = await hr.PostAsJsonAsync($"api/employers/{weilan}/hires", new { fullName = name, nationalId, startDate = "2026-09-01", socialInsuranceMonths = 3 });
                Assert.Equal(HttpStatusCode.Created, hire.StatusCode);
                hired.Add(id);
            }
        }

        await Task.Delay(2000);
        await system.BrokerAsync("start-app");

        foreach (var (path, what) in new[] { ("api/talent-facts", "policy-matching"), ("api/housing/residents", "housing") })
        {
            foreach (var id in ids)
            {
                var body = await Eventually.GetAsync(async () =>
                {
                    using var r = await client.GetAsync($"{path}/{id}");
                    return r.StatusCode == HttpStatusCode.OK ? await r.Content.ReadAsStringAsync() : null;
                }, TimeSpan.FromSeconds(120), $"{what} to receive {id}\n{system.Logs()}");
                if (what == "policy-matching")
                {
                    // Registered, then hired: both applied, once each, in that order.
                    var expected = hired.Contains(id) ? 2 : 1;
                    body = await Eventually.GetAsync(async () =>
                    {
                        using var r = await client.GetAsync($"{path}/{id}");
                        var text = await r.Content.ReadAsStringAsync();
                        return JsonDocument.Parse(text).RootElement.GetProperty("eventsApplied").GetInt32() >= expected ? text : null;
                    }, TimeSpan.FromSeconds(120), $"policy-matching to apply the hire of {id}");
                    Assert.Equal(expected, JsonDocument.Parse(body).RootElement.GetProperty("eventsApplied").GetInt32());
                }
                else
                {
                    Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt64());
                }
            }
        }

        Assert.Equal(Batch, ids.Distinct().Count());
    }
}
