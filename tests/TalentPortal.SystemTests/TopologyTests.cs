using System.Text.Json;
using System.Text.Json.Nodes;
using TalentPortal.Testing;

namespace TalentPortal.SystemTests;

/// <summary>The system started on a virtual host where nothing was declared beforehand: what the services declare is
/// then exactly what the broker holds.</summary>
public sealed class BareSystem : PortalSystem
{
    protected override Task<string> CreateVirtualHostAsync() => Broker.CreateVirtualHostAsync("bare", withTopology: false);
}

/// <summary>deploy/rabbitmq/definitions.json, which deploy/rabbitmq.sh (and the cluster's definitions) declare before
/// any service starts, must be exactly the exchanges, queues and bindings the services' consumers use: a missing reader
/// queue would let events published before its first start vanish, and a stale one would collect them for no one.
/// Run with TALENTPORTAL_WRITE_TOPOLOGY=1 to write the file from what the services declared.</summary>
public sealed class TopologyTests(BareSystem system) : IClassFixture<BareSystem>
{
    [Fact]
    public async Task DeployTopology_isExactlyWhatTheServicesDeclare()
    {
        var declared = Normalize(await Broker.DefinitionsAsync(system.VirtualHost));
        if (Environment.GetEnvironmentVariable("TALENTPORTAL_WRITE_TOPOLOGY") == "1")
        {
            await File.WriteAllTextAsync(Broker.TopologyFile, declared.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }

        var file = Normalize(JsonDocument.Parse(await File.ReadAllTextAsync(Broker.TopologyFile)).RootElement);

        Assert.Equal(declared.ToJsonString(), file.ToJsonString());
        Assert.NotEmpty(file["queues"]!.AsArray());
    }

    /// <summary>The durable part of the topology, without the virtual host, sorted: what is declared for consumers
    /// (not the temporary queues each bus instance makes for itself, nor _error and _skipped queues made on demand).</summary>
    private static JsonObject Normalize(JsonElement definitions)
    {
        static bool Kept(JsonElement e) =>
            e.TryGetProperty("durable", out var durable) && durable.GetBoolean()
            && !(e.TryGetProperty("auto_delete", out var auto) && auto.GetBoolean())
            && e.GetProperty("name").GetString() is { Length: > 0 } name && !name.StartsWith("amq.", StringComparison.Ordinal)
            && !name.EndsWith("_error", StringComparison.Ordinal) && !name.EndsWith("_skipped", StringComparison.Ordinal);

        var exchanges = definitions.GetProperty("exchanges").EnumerateArray().Where(Kept).ToList();
        var queues = definitions.GetProperty("queues").EnumerateArray().Where(Kept).ToList();
        var names = exchanges.Concat(queues).Select(e => e.GetProperty("name").GetString()).ToHashSet(StringComparer.Ordinal);
        var bindings = definitions.GetProperty("bindings").EnumerateArray()
            .Where(b => names.Contains(b.GetProperty("source").GetString()) && names.Contains(b.GetProperty("destination").GetString()));
        return new JsonObject
        {
            ["exchanges"] = new JsonArray([.. exchanges.OrderBy(e => e.GetProperty("name").GetString(), StringComparer.Ordinal).Select(e => (JsonNode)new JsonObject
            {
                ["name"] = e.GetProperty("name").GetString(),
                ["type"] = e.GetProperty("type").GetString(),
                ["durable"] = true,
                ["auto_delete"] = false,
                ["internal"] = e.GetProperty("internal").GetBoolean(),
                ["arguments"] = JsonNode.Parse(e.GetProperty("arguments").GetRawText()),
            })]),
            ["queues"] = new JsonArray([.. queues.OrderBy(q => q.GetProperty("name").GetString(), StringComparer.Ordinal).Select(q => (JsonNode)new JsonObject
            {
                ["name"] = q.GetProperty("name").GetString(),
                ["durable"] = true,
                ["auto_delete"] = false,
                ["arguments"] = JsonNode.Parse(q.GetProperty("arguments").GetRawText()),
            })]),
            ["bindings"] = new JsonArray([.. bindings
                .OrderBy(b => b.GetProperty("source").GetString(), StringComparer.Ordinal)
                .ThenBy(b => b.GetProperty("destination").GetString(), StringComparer.Ordinal)
                .Select(b => (JsonNode)new JsonObject
                {
                    ["source"] = b.GetProperty("source").GetString(),
                    ["destination"] = b.GetProperty("destination").GetString(),
                    ["destination_type"] = b.GetProperty("destination_type").GetString(),
                    ["routing_key"] = b.GetProperty("routing_key").GetString(),
                    ["arguments"] = JsonNode.Parse(b.GetProperty("arguments").GetRawText()),
                })]),
        };
    }
}

/// <summary>The deploy topology against the streams' declared readers (<see cref="Contracts.EventStreams.Readers"/>),
/// which the relay trusts to decide which publishes must reach a queue.</summary>
public sealed class StreamReaderTests
{
    [Fact]
    public async Task EveryReaderOfAStream_hasAQueueBoundToEachEventTypeOfTheStream_andNobodyElseDoes()
    {
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Broker.TopologyFile));
        var bound = file.RootElement.GetProperty("bindings").EnumerateArray()
            .Where(b => b.GetProperty("destination_type").GetString() == "exchange")
            .Select(b => (Type: b.GetProperty("source").GetString()!, Queue: b.GetProperty("destination").GetString()!))
            .ToList();
        var streams = typeof(Contracts.EventStreams).Assembly.GetTypes()
            .Select(t => (Type: t, Stream: t.GetCustomAttributes(typeof(Contracts.EventStreamAttribute), false).OfType<Contracts.EventStreamAttribute>().FirstOrDefault()))
            .Where(t => t.Stream is not null)
            .GroupBy(t => t.Stream!.Name, t => $"{t.Type.Namespace}:{t.Type.Name}")
            .ToDictionary(g => g.Key, g => g.ToList());

        foreach (var (stream, types) in streams)
        {
            var readers = Contracts.EventStreams.Readers.GetValueOrDefault(stream) ?? [];
            foreach (var type in types)
            {
                var services = bound.Where(b => b.Type == type).Select(b => b.Queue.Split('-')[0] == "policy" ? "policy-matching" : b.Queue.Split('-')[0] == "talent" ? "talent-registry" : b.Queue.Split('-')[0]).Distinct().Order();
                Assert.Equal(readers.Order(), services);
            }
        }
    }
}
