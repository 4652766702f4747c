using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using TalentPortal.Bench;
using TalentPortal.Testing;

// tests/bench.sh runs this: the gateway and event-pipeline benchmarks against the real system on 127.0.0.1,
// then writes docs/benchmarks.md. Every load is bounded in count and time.
var smoke = args.Contains("--smoke");

// --only gateway|pipeline: one benchmark, printed and not recorded (for trying a change).
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
var options = new BenchOptions(
    Smoke: smoke,
    Runs: smoke ? 1 : int.Parse(args.SkipWhile(a => a != "--runs").Skip(1).FirstOrDefault() ?? "3", CultureInfo.InvariantCulture),
    GatewayDuration: TimeSpan.FromSeconds(smoke ? 2 : 10),
    PipelineCount: smoke ? 60 : 3000,
    NginxPort: 8090,
    Output: args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? RepositoryPaths.Combine("docs", "benchmarks.md"));

var system = new BenchSystem();
await system.InitializeAsync();
try
{
    var token = await system.LoginAsync("official.zone", "Demo#2026zone");
    var (path, responseBytes) = await CreateTargetAsync(system, token);
    var gateway = new GatewayBenchmark(system, token, path, options);
    var pipeline = new PipelineBenchmark(system, token, await system.LoginAsync("admin", "Demo#2026admin"), options);
    if (only is not null)
    {
        await (only == "gateway" ? gateway.RunAsync() : pipeline.RunAsync());
        return;
    }

    await gateway.RunAsync();
    await pipeline.RunAsync();
    var external = await ExternalBenchmarks.RunAsync(options);
    var report = Report.Write(options, responseBytes, gateway.Results, pipeline.Results, external);
    if (!smoke)
    {
        await File.WriteAllTextAsync(options.Output, report);
        Console.WriteLine($"Wrote {options.Output}");
    }
    else
    {
        Console.WriteLine(report);
        Console.WriteLine("Smoke run: figures not recorded.");
    }
}
finally
{
    await system.DisposeAsync();
}

static async Task<(string Path, int Bytes)> CreateTargetAsync(PortalSystem system, string token)
{
    using var client = system.Client(token);
    var response = await client.PostAsJsonAsync("api/talents", new
    {
        fullName = "基准测试",
        nationalId = NationalIds.Next(),
        education = new[] { new { degreeLevel = "Doctorate", fullTime = true, university = "浙江大学", universityTier = "Tier985", graduationDate = "2025-06" } },
    });
    response.EnsureSuccessStatusCode();
    var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    var path = string.Create(CultureInfo.InvariantCulture, $"api/talent-facts/{id}");
    await Eventually.GetAsync(async () => (await client.GetAsync(path)).IsSuccessStatusCode ? path : null, TimeSpan.FromSeconds(30), "the benchmark target");
    var size = (await client.GetByteArrayAsync(path)).Length;
    Console.WriteLine($"GET /{path}: {size} bytes of JSON");
    return (path, size);
}
