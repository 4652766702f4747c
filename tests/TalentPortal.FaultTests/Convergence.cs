using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Testing;

namespace TalentPortal.FaultTests;

/// <summary>Waits until the system has nothing left in flight: every service's outbox is empty and every queue of its
/// virtual host is drained, for six seconds in a row (the broker's queue figures lag by up to five).</summary>
public static class Convergence
{
    public static async Task WaitAsync(PortalSystem system, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var quiet = 0;
        var busy = "";
        while (quiet < 6)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The system did not settle in {timeout}; still busy: {busy}\n{system.Logs()}");
            }

            busy = await BusyAsync(system);
            quiet = busy.Length == 0 ? quiet + 1 : 0;
            await Task.Delay(1000);
        }
    }

    /// <summary>What is still in flight (empty when nothing is): outboxes not yet published, queues not yet drained.</summary>
    private static async Task<string> BusyAsync(PortalSystem system)
    {
        var busy = new List<string>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        foreach (var (name, service) in system.Services)
        {
            try
            {
                var checks = (await http.GetFromJsonAsync<JsonElement>(new Uri(service, "health/ready"))).GetProperty("checks");
                if (checks.GetProperty("store").GetProperty("data").GetProperty("outboxPending").GetInt64() is var pending and > 0)
                {
                    busy.Add($"{name} outbox {pending}");
                }
            }
            catch (HttpRequestException e)
            {
                busy.Add($"{name} {e.Message}");
            }
        }

        busy.AddRange((await Broker.QueueDepthsAsync(system.VirtualHost)).Where(q => q.Value > 0).Select(q => $"{q.Key} {q.Value}"));
        return string.Join(", ", busy);
    }
}
