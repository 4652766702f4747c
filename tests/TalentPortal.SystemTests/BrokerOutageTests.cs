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

/// <summary>The broker goes down while registrations are in flight and comes back: every event still arrives, once.</summary>
public sealed class BrokerOutageTests(IsolatedBrokerSystem system) : IClassFixture<IsolatedBrokerSystem>
{
    private const int Batch = 30;

    [Fact]
    public async Task BrokerStopsMidBatch_everyRegistrationArrivesExactlyOnceInBothServices()
    {
        using var client = system.Client(await system.LoginAsync("official.zone", "Demo#2026zone"));
        var ids = new List<Guid>();
        for (var i = 0; i < Batch; i++)
        {
            if (i == Batch / 3)
            {
                await system.BrokerAsync("stop-app");
            }

            var response = await client.PostAsJsonAsync("api/talents", EndToEndTests.Talent($"断网测试{i}"));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
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
                Assert.Equal(1, JsonDocument.Parse(body).RootElement.GetProperty("version").GetInt64());
            }
        }

        Assert.Equal(Batch, ids.Distinct().Count());
    }
}
