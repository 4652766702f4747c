using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace TalentPortal.Testing;

/// <summary>The RabbitMQ that tests/run.sh started on 127.0.0.1. Each test host gets its own virtual host, so test
/// projects running in parallel never consume each other's messages.</summary>
public static class Broker
{
    public static string Host => Environment.GetEnvironmentVariable("RABBITMQ_HOST") ?? "127.0.0.1";
    public static int Port => int.TryParse(Environment.GetEnvironmentVariable("RABBITMQ_PORT"), out var p) ? p : 5672;
    private static int ManagementPort => int.TryParse(Environment.GetEnvironmentVariable("RABBITMQ_MANAGEMENT_PORT"), out var p) ? p : 15672;

    private static HttpClient Management()
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://{Host}:{ManagementPort}/api/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
        return client;
    }

    /// <summary>The deploy topology (every reader's queue and bindings), as deploy/rabbitmq.sh declares it.</summary>
    public static string TopologyFile => RepositoryPaths.Combine("deploy", "rabbitmq", "definitions.json");

    /// <summary>A fresh virtual host with the deploy topology declared in it, as on a deployed broker.</summary>
    public static async Task<string> CreateVirtualHostAsync(string purpose, bool withTopology = true)
    {
        var name = $"test-{purpose}-{Guid.NewGuid():N}"[..40];
        using var client = Management();
        (await client.PutAsync(new Uri($"vhosts/{name}", UriKind.Relative), null)).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync($"permissions/{name}/guest", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        if (withTopology)
        {
            using var content = new StringContent(await File.ReadAllTextAsync(TopologyFile), Encoding.UTF8, "application/json");
            (await client.PostAsync(new Uri($"definitions/{Uri.EscapeDataString(name)}", UriKind.Relative), content)).EnsureSuccessStatusCode();
        }

        return name;
    }

    /// <summary>The exchanges, queues and bindings of a virtual host (the management API's definitions).</summary>
    public static async Task<System.Text.Json.JsonElement> DefinitionsAsync(string virtualHost)
    {
        using var client = Management();
        return await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"definitions/{Uri.EscapeDataString(virtualHost)}", UriKind.Relative));
    }

    public static async Task DeleteVirtualHostAsync(string name)
    {
        using var client = Management();
        using var _ = await client.DeleteAsync(new Uri($"vhosts/{name}", UriKind.Relative));
    }

    /// <summary>Messages in each queue of a virtual host, ready or being processed (as the broker last counted them).</summary>
    public static async Task<IReadOnlyDictionary<string, long>> QueueDepthsAsync(string virtualHost)
    {
        using var client = Management();
        var queues = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"queues/{Uri.EscapeDataString(virtualHost)}", UriKind.Relative));
        return queues.EnumerateArray().ToDictionary(
            q => q.GetProperty("name").GetString()!,
            q => q.TryGetProperty("messages", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetInt64() : 0);
    }

    /// <summary>Messages waiting in a queue of a virtual host (0 when the queue does not exist).</summary>
    public static async Task<long> QueueDepthAsync(string virtualHost, string queue)
    {
        using var client = Management();
        using var response = await client.GetAsync(new Uri($"queues/{Uri.EscapeDataString(virtualHost)}/{queue}", UriKind.Relative));
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }

        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>();
        return body is not null && body.TryGetValue("messages", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Number ? m.GetInt64() : 0;
    }
}
