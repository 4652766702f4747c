using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.Testing;
using Xunit;

namespace TalentPortal.PolicyMatching.Benchmarks;

/// <summary>
/// Re-matching everyone after a publication, end to end in the real service: the store holds N talents with their
/// current results against 40 policies; an admin publishes a raised living allowance through the API; the clock runs
/// until the re-match job has committed every changed result with its <c>EligibilityChanged</c> events, and then until
/// the relay has published every one of them to RabbitMQ, where a queue bound to the event's exchange counts them
/// (by message id, so a duplicate or a loss fails the run).
/// </summary>
internal static class RematchBenchmark
{
    private const int Policies = 40;
    private const int SeedBatch = 5000;
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    public static async Task<int> RunAsync(int talents)
    {
        var policyDirectory = WritePolicies();

        // A console app carries no test-assembly metadata, so name the service's content root the documented way.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_POLICYMATCHING_API", RepositoryPaths.Combine("services", "PolicyMatching", "PolicyMatching.Api"));
        await using var factory = new RematchFactory(policyDirectory);
        await factory.InitializeAsync();
        try
        {
            return await MeasureAsync(factory, talents);
        }
        finally
        {
            await ((IAsyncLifetime)factory).DisposeAsync();
            Directory.Delete(policyDirectory, recursive: true);
        }
    }

    private static async Task<int> MeasureAsync(RematchFactory factory, int talents)
    {
        var services = factory.Services;
        var store = services.GetRequiredService<IStore>();
        var catalog = services.GetRequiredService<PolicyCatalog>();
        var eligibility = services.GetRequiredService<EligibilityEvaluator>();
        Console.WriteLine($"catalogue: {catalog.Policies.Count} policies");

        var seeding = Stopwatch.StartNew();
        await SeedAsync(store, eligibility, talents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {talents:N0} talents with their results in {seeding.Elapsed.TotalSeconds:0.0} s"));

        if (Environment.GetEnvironmentVariable("BENCH_PHASES") is not null)
        {
            await PhasesAsync(store, eligibility);
        }

        await using var counter = await EventCounter.StartAsync(factory.VirtualHost);
        var admin = factory.ClientFor(Roles.Admin);
        var draft = await (await admin.PostAsJsonAsync("/api/policies/drafts", new { yaml = RaisedLivingAllowance(policyDirectory: factory.PolicyDirectory) })).EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<JsonElement>();

        var clock = Stopwatch.StartNew();
        var published = (await admin.PostAsJsonAsync($"/api/policies/drafts/{draft.GetProperty("id").GetGuid()}/publish", new { })).EnsureSuccessStatusCode();
        var jobId = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        RematchJob job;
        while ((job = (await store.GetAsync<RematchJob>(jobId))!).State is not ("Completed" or "Failed"))
        {
            Guard(clock, "the re-match job");
            await Task.Delay(50);
        }

        var persisted = clock.Elapsed;
        if (job.State == "Failed")
        {
            Console.WriteLine($"re-match failed: {job.Error}");
            return 1;
        }

        // PolicyPublished goes out too; only EligibilityChanged is counted.
        while (counter.Count < job.Changed || (await store.Outbox.GetBacklogAsync()).Pending > 0)
        {
            Guard(clock, $"the relay ({counter.Count:N0} of {job.Changed:N0} events arrived)");
            await Task.Delay(20);
        }

        var relayed = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1));
        var mismatches = await VerifyAsync(store, eligibility, talents);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"re-match of {job.Processed:N0} talents × {Policies} policies: results committed in {persisted.TotalSeconds:0.0} s, " +
            $"{job.Changed:N0} EligibilityChanged published in {relayed.TotalSeconds:0.0} s; {counter.Count:N0} arrived, {counter.Duplicates} duplicates, " +
            $"{mismatches} stored results differing from a fresh evaluation in a sample"));
        Print($"re-match {talents:N0} talents × {Policies} policies: results and events committed", "s", persisted.TotalSeconds);
        Print($"re-match {talents:N0} talents × {Policies} policies: every event published to RabbitMQ (goal < 60 s at 1,000,000)", "s", relayed.TotalSeconds);
        Print($"re-match {talents:N0} talents: EligibilityChanged events published", "events", job.Changed);
        var ok = counter.Count == job.Changed && counter.Duplicates == 0 && mismatches == 0 && job.Processed == talents;
        Console.WriteLine(ok ? "checks passed: every event arrived once; stored results match" : "CHECKS FAILED");
        return ok ? 0 : 1;
    }

    /// <summary>Where a re-match spends its time (BENCH_PHASES=1): reading, screening, writing.</summary>
    private static async Task PhasesAsync(IStore store, EligibilityEvaluator eligibility)
    {
        var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        void Report(string what)
        {
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU"));
            cpu = process.TotalProcessorTime;
            clock.Restart();
        }

        var all = new List<TalentFacts>();
        var after = Guid.Empty;
        while (true)
        {
            var cursor = after;
            var page = await store.FindAsync<TalentFacts>(f => f.Id > cursor, new QueryOptions<TalentFacts>(f => f.Id, Take: 1000));
            if (page.Count == 0)
            {
                break;
            }

            all.AddRange(page);
            after = page[^1].Id;
        }

        Report($"read {all.Count:N0} talents in pages of 1,000");
        var rewritten = all.Count(facts => eligibility.Recompute(facts, []));
        Report($"recompute single-threaded ({rewritten} rewritten)");
    }

    private static void Guard(Stopwatch clock, string what)
    {
        if (clock.Elapsed > Limit)
        {
            throw new TimeoutException($"Gave up waiting for {what} after {Limit.TotalMinutes} minutes.");
        }
    }

    /// <summary>Talents with the results the service computed for them, as after a quiet day (no events pending).</summary>
    private static async Task SeedAsync(IStore store, EligibilityEvaluator eligibility, int talents)
    {
        foreach (var chunk in BenchTalents.Generate(talents, eligibility.Today).Chunk(SeedBatch))
        {
            Parallel.ForEach(chunk, facts => eligibility.Recompute(facts, []));
            var unitOfWork = store.BeginUnitOfWork();
            foreach (var facts in chunk)
            {
                unitOfWork.Insert(facts);
            }

            await unitOfWork.CommitAsync();
        }
    }

    /// <summary>Stored results of a sample of talents against a fresh evaluation with the new catalogue.</summary>
    private static async Task<int> VerifyAsync(IStore store, EligibilityEvaluator eligibility, int talents)
    {
        var sample = await store.FindAsync<TalentFacts>(_ => true, new QueryOptions<TalentFacts>(Take: Math.Min(talents, 2000)));
        var mismatches = 0;
        foreach (var facts in sample)
        {
            var stored = facts.Results;
            eligibility.Recompute(facts, []);
            mismatches += stored == facts.Results ? 0 : 1;
        }

        return mismatches;
    }

    /// <summary>The six seed policies and copies of them under other codes, 40 in all.</summary>
    private static string WritePolicies()
    {
        var directory = Path.Combine(Path.GetTempPath(), "policy-matching-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var seeds = Directory.GetFiles(RepositoryPaths.Combine("seeds", "policies"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < Policies; i++)
        {
            var yaml = File.ReadAllText(seeds[i % seeds.Length]);
            if (i >= seeds.Length)
            {
                yaml = Regex.Replace(yaml, @"^code: (\w+)$", m => $"code: {m.Groups[1].Value}_C{i:00}", RegexOptions.Multiline);
            }

            File.WriteAllText(Path.Combine(directory, $"{i:00}-{Path.GetFileName(seeds[i % seeds.Length])}"), yaml);
        }

        return directory;
    }

    /// <summary>The living allowance with the bachelor's and master's amounts raised (¥10,000 → ¥12,000, ¥30,000 → ¥35,000).</summary>
    private static string RaisedLivingAllowance(string policyDirectory)
    {
        var yaml = File.ReadAllText(Directory.GetFiles(policyDirectory, "*-living-allowance.yaml").Order(StringComparer.Ordinal).First());
        yaml = Regex.Replace(yaml, @"^(\s+amount: )10000$", "${1}12000", RegexOptions.Multiline);
        return Regex.Replace(yaml, @"^(\s+amount: )30000$", "${1}35000", RegexOptions.Multiline);
    }

    private static void Print(string name, string unit, double value) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BENCH {{\"name\": \"{name}\", \"unit\": \"{unit}\", \"value\": {value:0.####}}}"));

    /// <summary>The service with the 40-policy catalogue.</summary>
    private sealed class RematchFactory(string policyDirectory) : ServiceFactory<Program>
    {
        public string PolicyDirectory => policyDirectory;

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Policies:SeedDirectory"] = policyDirectory,
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    /// <summary>Counts the <c>EligibilityChanged</c> messages reaching a queue bound to their exchange, by message id.</summary>
    private sealed class EventCounter : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, byte> _seen = new();
        private IConnection _connection = null!;
        private IChannel _channel = null!;
        private int _duplicates;

        public int Count => _seen.Count;

        public int Duplicates => _duplicates;

        public static async Task<EventCounter> StartAsync(string virtualHost)
        {
            var counter = new EventCounter();
            var factory = new ConnectionFactory { HostName = Broker.Host, Port = Broker.Port, VirtualHost = virtualHost };
            counter._connection = await factory.CreateConnectionAsync();
            counter._channel = await counter._connection.CreateChannelAsync();
            var exchange = typeof(EligibilityChanged).Namespace + ":" + nameof(EligibilityChanged);
            await counter._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            var queue = await counter._channel.QueueDeclareAsync("bench-eligibility-changed", durable: false, exclusive: true, autoDelete: true);
            await counter._channel.QueueBindAsync(queue.QueueName, exchange, "");
            var consumer = new AsyncEventingBasicConsumer(counter._channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                if (!counter._seen.TryAdd(delivery.BasicProperties.MessageId ?? Guid.NewGuid().ToString(), 0))
                {
                    Interlocked.Increment(ref counter._duplicates);
                }

                return Task.CompletedTask;
            };
            await counter._channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer);
            return counter;
        }

        public async ValueTask DisposeAsync()
        {
            await _channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
