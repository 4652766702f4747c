using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.Testing;

namespace TalentPortal.Bench;

/// <summary>Registrations through the gateway until visible in policy-matching's and housing's read models, beside a
/// bare MassTransit publish→consume of the same message count on the same broker.</summary>
public sealed class PipelineBenchmark(BenchSystem system, string token, string adminToken, BenchOptions options)
{
    private static readonly Guid Weilan = Guid.Parse("0192f000-0000-7000-8000-0000000000e1");

    private static readonly string[] ReadModels = ["api/talent-facts", "api/housing/residents"];

    public Series Results { get; } = new();

    public async Task RunAsync()
    {
        // Warm-up, not recorded: the broker's queues, the stores' caches and the tiered JIT of the consumers, relays and
        // driver (with 500 registrations the first recorded run still cost half as much CPU again as the next).
        if (!options.Smoke)
        {
            await BareMassTransitAsync(1000, new CpuSampler([]));
            await MaximumRateAsync(2000);
        }

        for (var run = 0; run < options.Runs; run++)
        {
            var cpu = new CpuSampler(new() { ["broker"] = BrokerProcessIds(), ["driver"] = [Environment.ProcessId] });
            var bare = await BareMassTransitAsync(options.PipelineCount, cpu);
            AddCpu("bare", cpu, options.PipelineCount);
            Results.Add("bare.rate", "msg/s", bare);
            cpu = new CpuSampler(new(system.ProcessIds.Where(p => p.Key != "portal").Select(p => KeyValuePair.Create(p.Key, new[] { p.Value })))
            {
                ["broker"] = BrokerProcessIds(),
                ["driver"] = [Environment.ProcessId],
            });
            var (rate, lost, duplicated) = await MaximumRateAsync(options.PipelineCount);
            AddCpu("pipeline", cpu, options.PipelineCount);
            Results.Add("pipeline.rate", "talents/s", rate);
            Results.Add("pipeline.lost", "", lost);
            Results.Add("pipeline.duplicated", "", duplicated);
            var (p50, p95, p99, achieved) = await HalfLoadLatencyAsync(rate / 2, options.Smoke ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(20));
            Results.Add("half.rate", "talents/s", achieved);
            Results.Add("half.p50", "ms", p50);
            Results.Add("half.p95", "ms", p95);
            Results.Add("half.p99", "ms", p99);
            Console.WriteLine($"pipeline run {run + 1}: bare MassTransit {bare:N0} msg/s, pipeline {rate:N0} talents/s (lost {lost}, applied twice {duplicated}), at {achieved:N0}/s p50 {p50:0} ms p95 {p95:0} ms p99 {p99:0} ms; CPU ms per talent: "
                + string.Join(", ", CpuColumns.Append("total").Select(c => $"{c} {Results[$"pipeline.cpu.{c}"].Values[^1]:0.##}"))
                + $"; per bare message: {Results["bare.cpu.total"].Values[^1]:0.##}");
        }
    }

    /// <summary>Names of the processes whose CPU per talent is reported, in the order of the report.</summary>
    public static readonly string[] CpuColumns = ["gateway", "talent-registry", "policy-matching", "housing", "broker", "driver"];

    private void AddCpu(string phase, CpuSampler cpu, int count)
    {
        var (seconds, background, _) = cpu.Stop();
        foreach (var (process, cpuSeconds) in seconds)
        {
            Results.Add($"{phase}.cpu.{process}", "ms", cpuSeconds * 1000 / count);
        }

        Results.Add($"{phase}.cpu.total", "ms", seconds.Values.Sum() * 1000 / count);
        Results.Add($"{phase}.background", "cores", background);
    }

    /// <summary>The broker's Erlang VM (RabbitMQ runs as beam.smp).</summary>
    private static int[] BrokerProcessIds() =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ReadCommand(pid).Contains("beam.smp", StringComparison.Ordinal) && ReadCommand(pid).Contains("rabbit", StringComparison.Ordinal))];

    private static string ReadCommand(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline");
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = system.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? token);
        return client;
    }

    private static object NewTalent(int i, string nationalId) => new
    {
        fullName = $"压测{i}",
        nationalId,
        education = new[] { new { degreeLevel = "Master", fullTime = true, university = "浙江工业大学", universityTier = "Other", graduationDate = "2025-06" } },
    };

    private static async Task<Guid> RegisterAsync(HttpClient client, int i) => (await RegisterTalentAsync(client, i)).Id;

    /// <summary>Registers talent <paramref name="i"/>; returns its id and the national ID it was registered with.</summary>
    private static async Task<(Guid Id, string NationalId)> RegisterTalentAsync(HttpClient client, int i)
    {
        for (var attempt = 0; ; attempt++)
        {
            var nationalId = NationalIds.Next(new DateOnly(1990, 1, 1).AddDays(Random.Shared.Next(0, 3650)));
            using var response = await client.PostAsJsonAsync("api/talents", NewTalent(i, nationalId));
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), nationalId);
            }

            // A generated national ID can repeat one from an earlier run; draw another.
            if (response.StatusCode != HttpStatusCode.Conflict || attempt > 5)
            {
                throw new InvalidOperationException($"Registration failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    /// <summary>Closed loop with 32 requests in flight; the rate counts a talent only once both read models show it.</summary>
    private async Task<(double Rate, int Lost, int Duplicated)> MaximumRateAsync(int count)
    {
        using var client = Client();
        var ids = new ConcurrentBag<Guid>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                ids.Add(await RegisterAsync(client, next));
            }
        }));
        var (lost, duplicated) = await AwaitVisibilityAsync(client, [.. ids], TimeSpan.FromMinutes(5));
        return (count / clock.Elapsed.TotalSeconds, lost, duplicated);
    }

    /// <summary>Waits until every id is in both read models; counts the missing (lost) and those applied twice (version ≠ 1).</summary>
    private static async Task<(int Lost, int Duplicated)> AwaitVisibilityAsync(HttpClient client, IReadOnlyList<Guid> ids, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var duplicated = 0;
        foreach (var model in ReadModels)
        {
            var pending = new Queue<Guid>(ids);
            while (pending.Count > 0 && DateTime.UtcNow < deadline)
            {
                var id = pending.Peek();
                using var response = await client.GetAsync($"{model}/{id}");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    pending.Dequeue();
                    var version = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt64();
                    duplicated += version == 1 ? 0 : 1;
                }
                else
                {
                    await Task.Delay(20);
                }
            }

            if (pending.Count > 0)
            {
                return (pending.Count, duplicated);
            }
        }

        return (0, duplicated);
    }

    /// <summary>Open loop at a fixed rate; one registration in ten is followed until both read models show it.</summary>
    private async Task<(double P50, double P95, double P99, double Achieved)> HalfLoadLatencyAsync(double rate, TimeSpan duration)
    {
        using var client = Client();
        using var admin = Client(adminToken);
        var latencies = new ConcurrentBag<double>();
        var hires = new ConcurrentBag<double>();
        var inFlight = new List<Task>();
        var interval = TimeSpan.FromSeconds(1 / Math.Max(rate, 1));
        var clock = Stopwatch.StartNew();
        var sent = 0;
        while (clock.Elapsed < duration)
        {
            var due = interval * sent;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var i = sent++;
            inFlight.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                var (id, nationalId) = await RegisterTalentAsync(client, i);
                if (i % 10 == 5)
                {
                    hires.Add(await HireVisibleAsync(admin, client, id, nationalId, i));
                }

                if (i % 10 == 0)
                {
                    foreach (var model in ReadModels)
                    {
                        while (true)
                        {
                            using var response = await client.GetAsync($"{model}/{id}");
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                break;
                            }

                            await Task.Delay(5);
                        }
                    }

                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }));
        }

        await Task.WhenAll(inFlight);
        var achieved = sent / clock.Elapsed.TotalSeconds;
        var hired = hires.Order().ToArray();
        Results.Add("hire.p50", "ms", Percentile(hired, 0.50));
        Results.Add("hire.p95", "ms", Percentile(hired, 0.95));
        var sorted = latencies.Order().ToArray();
        return (Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), achieved);
    }

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    /// <summary>Records a confirmed hire of the talent (once policy-matching has the registration) and measures until
    /// policy-matching has applied it as well.</summary>
    private static async Task<double> HireVisibleAsync(HttpClient admin, HttpClient client, Guid id, string nationalId, int i)
    {
        while (await EventsAppliedAsync(client, id) < 1)
        {
            await Task.Delay(5);
        }

        var started = Stopwatch.GetTimestamp();
        using var hire = await admin.PostAsJsonAsync($"api/employers/{Weilan}/hires", new { fullName = $"压测{i}", nationalId, startDate = "2026-09-01", socialInsuranceMonths = 3 });
        if (hire.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Hire failed: {(int)hire.StatusCode} {await hire.Content.ReadAsStringAsync()}");
        }

        while (await EventsAppliedAsync(client, id) < 2)
        {
            await Task.Delay(5);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static async Task<int> EventsAppliedAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"api/talent-facts/{id}");
        return response.StatusCode == HttpStatusCode.OK
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eventsApplied").GetInt32()
            : 0;
    }

    /// <summary>Publishes <paramref name="count"/> TalentRegistered messages and consumes them on the same broker, no store involved.</summary>
    private static async Task<double> BareMassTransitAsync(int count, CpuSampler cpu)
    {
        var virtualHost = await Broker.CreateVirtualHostAsync("bench");
        var consumed = 0;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var provider = new ServiceCollection()
            .AddMassTransit(x => x.ConfigureUsageTelemetryOptions(o => o.Enabled = false).UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(Broker.Host, (ushort)Broker.Port, virtualHost, h =>
                {
                    h.Username("guest");
                    h.Password("guest");
                });
                cfg.ReceiveEndpoint("bare-talent-registered", e => e.Handler<TalentRegistered>(_ =>
                {
                    if (Interlocked.Increment(ref consumed) == count)
                    {
                        done.TrySetResult();
                    }

                    return Task.CompletedTask;
                }));
            }))
            .BuildServiceProvider();
        var bus = provider.GetRequiredService<IBusControl>();
        await bus.StartAsync();
        try
        {
            var message = Messages.Registered(Guid.NewGuid());
            cpu.Restart();
            var clock = Stopwatch.StartNew();
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
            {
                while (Interlocked.Increment(ref next) < count)
                {
                    await bus.Publish(message);
                }
            }));
            await done.Task.WaitAsync(TimeSpan.FromMinutes(5));
            var rate = count / clock.Elapsed.TotalSeconds;
            cpu.Freeze();
            return rate;
        }
        finally
        {
            await bus.StopAsync();
            await Broker.DeleteVirtualHostAsync(virtualHost);
        }
    }
}
