namespace TalentPortal.Bench;

/// <summary>The same small authenticated GET (a) straight to the service, (b) through the gateway with its real
/// middleware, (c) through nginx as a plain reverse proxy with upstream keepalive.</summary>
public sealed class GatewayBenchmark(BenchSystem system, string token, string path, BenchOptions options)
{
    public Series Results { get; } = new();

    public async Task RunAsync()
    {
        var service = system.Services["policy-matching"];
        await using var nginx = await Nginx.StartAsync(service, options.NginxPort);
        var targets = new (string Name, Uri Url, Dictionary<string, int[]> Processes)[]
        {
            ("direct", new Uri(service, path), new() { ["service"] = [system.ProcessIds["policy-matching"]] }),
            ("gateway", new Uri(system.Gateway, path), new() { ["service"] = [system.ProcessIds["policy-matching"]], ["proxy"] = [system.ProcessIds["gateway"]] }),
            ("nginx", new Uri($"http://127.0.0.1:{nginx.Port}/{path}"), new() { ["service"] = [system.ProcessIds["policy-matching"]], ["proxy"] = nginx.ProcessIds }),
        };

        // Warm-up at the measured load: tiered JIT (which goes on for seconds on 2 busy cores), connection pools, caches.
        foreach (var target in targets)
        {
            await Wrk.RunAsync(target.Url, token, 2, 64, TimeSpan.FromSeconds(options.Smoke ? 1 : 10));
        }

        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var (name, url, processes) in targets)
            {
                var cpu = new CpuSampler(processes);
                var result = await Wrk.RunAsync(url, token, 2, 64, options.GatewayDuration);
                var (seconds, background, _) = cpu.Stop();
                Results.Add($"{name}.rps", "req/s", result.RequestsPerSecond);
                Results.Add($"{name}.p50", "ms", result.P50Ms);
                Results.Add($"{name}.p99", "ms", result.P99Ms);
                Results.Add($"{name}.errors", "", result.Errors);
                Results.Add($"{name}.background", "cores", background);
                var cpuPerRequest = seconds.ToDictionary(p => p.Key, p => p.Value * 1_000_000 / Math.Max(1, result.Requests));
                foreach (var (process, microseconds) in cpuPerRequest)
                {
                    Results.Add($"{name}.cpu.{process}", "µs/req", microseconds);
                }

                Console.WriteLine($"gateway run {run + 1} {name}: {result.RequestsPerSecond:N0} req/s p50 {result.P50Ms:0.##} ms p99 {result.P99Ms:0.##} ms errors {result.Errors} background {background:0.##} cores; "
                    + string.Join(", ", cpuPerRequest.Select(p => $"{p.Key} {p.Value:0} µs/req")));
            }
        }
    }
}
