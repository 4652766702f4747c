using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace TalentPortal.Bench;

/// <summary>Writes docs/benchmarks.md: set-up, every figure's median and spread, ratios and the goals.</summary>
public static class Report
{
    public static string Write(BenchOptions options, int responseBytes, Series gateway, Series pipeline, Dictionary<string, Series> external)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(external);
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `tests/bench.sh` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. Each figure is the median of {options.Runs} runs, with the spread (min–max) in brackets.");
        md.AppendLine("These machines are shared: the *background* column is the CPU (in cores) used by everything except the measured processes during the run.");
        md.AppendLine("Where the time goes, what was tried and what is next: [benchmarks/analysis.md](benchmarks/analysis.md).");
        md.AppendLine();
        md.AppendLine("## Set-up");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {RuntimeInformation.OSDescription}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- .NET {Environment.Version}, Release builds; services on embedded LiteDB, RabbitMQ {Tool("/usr/lib/rabbitmq/bin/rabbitmqctl", "version")}, {Tool("nginx", "-v").Replace("nginx version: ", "", StringComparison.Ordinal)}, {Tool("wrk", "-v").Split('\n')[0]}");
        md.AppendLine("- Everything on 127.0.0.1; outbox and inbox fully on; the gateway's rate limiter runs on every request with a limit above the load.");
        md.AppendLine();

        md.AppendLine("## 1. Gateway");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Load: wrk, 2 threads × 64 connections × {options.GatewayDuration.TotalSeconds:0} s, after a 10 s warm-up at the same load; the same authenticated GET of policy-matching's talent facts ({responseBytes} bytes of JSON).");
        md.AppendLine("(a) straight to the service, (b) through the gateway (JWT validation, rate limiting, correlation id, YARP), (c) nginx as a plain reverse proxy with upstream keepalive.");
        md.AppendLine();
        md.AppendLine("| path | req/s | p50 | p99 | service CPU | proxy CPU | errors | background |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var name in new[] { "direct", "gateway", "nginx" })
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {gateway[$"{name}.rps"]} | {gateway[$"{name}.p50"]} | {gateway[$"{name}.p99"]} | {gateway[$"{name}.cpu.service"]} | {(name == "direct" ? "—" : gateway[$"{name}.cpu.proxy"].ToString())} | {gateway[$"{name}.errors"]} | {gateway[$"{name}.background"]} |");
        }

        var direct = gateway["direct.rps"].Median;
        var viaGateway = gateway["gateway.rps"].Median;
        var viaNginx = gateway["nginx.rps"].Median;
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Ratios of the medians: b/a **{Ratio(viaGateway, direct)}**, c/a **{Ratio(viaNginx, direct)}**, b/c **{Ratio(viaGateway, viaNginx)}** (goal b/c ≥ 0.8 with p99 no worse than nginx's: {Verdict(viaGateway / viaNginx >= 0.8 && gateway["gateway.p99"].Median <= gateway["nginx.p99"].Median)}).");
        md.AppendLine();

        md.AppendLine("## 2. Event pipeline");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{options.PipelineCount:N0} registrations through the gateway (32 in flight) until each is visible in both policy-matching's and housing's read models; then an open loop at half that rate, with one registration in ten followed to both read models for the latency. Beside it, a bare MassTransit publish→consume of the same message count on the same broker (no store, no outbox, no inbox).");
        md.AppendLine();
        md.AppendLine("| figure | value |");
        md.AppendLine("|---|---|");
        md.AppendLine(CultureInfo.InvariantCulture, $"| bare MassTransit publish→consume | {pipeline["bare.rate"]} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| pipeline, sustained (visible in both read models) | {pipeline["pipeline.rate"]} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| events lost / applied twice (checked every run) | {pipeline["pipeline.lost"]} / {pipeline["pipeline.duplicated"]} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| half load: achieved rate | {pipeline["half.rate"]} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| half load: end-to-end p50 / p95 / p99 | {pipeline["half.p50"]} / {pipeline["half.p95"]} / {pipeline["half.p99"]} |");
        md.AppendLine(CultureInfo.InvariantCulture, $"| half load: confirmed hire visible in policy-matching p50 / p95 | {pipeline["hire.p50"]} / {pipeline["hire.p95"]} |");
        md.AppendLine();
        md.AppendLine("CPU per message (bare) and per talent (pipeline, the closed-loop phase), in ms, from `/proc`:");
        md.AppendLine();
        md.AppendLine("| phase | " + string.Join(" | ", PipelineBenchmark.CpuColumns) + " | total | background |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", PipelineBenchmark.CpuColumns.Length + 2)));
        foreach (var (phase, label) in new[] { ("bare", "bare MassTransit, per message"), ("pipeline", "pipeline, per talent") })
        {
            var cells = PipelineBenchmark.CpuColumns.Select(c => Short(pipeline[$"{phase}.cpu.{c}"]));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {string.Join(" | ", cells)} | {Short(pipeline[$"{phase}.cpu.total"])} | {pipeline[$"{phase}.background"]} |");
        }

        static string Short(Measure m) => m.Values.Count == 0 ? "—"
            : m.Values.Count == 1 ? Measure.Format(m.Median) : $"{Measure.Format(m.Median)} ({Measure.Format(m.Min)}–{Measure.Format(m.Max)})";

        var pipelineRatio = pipeline["pipeline.rate"].Median / pipeline["bare.rate"].Median;
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Pipeline ÷ bare MassTransit: **{Ratio(pipeline["pipeline.rate"].Median, pipeline["bare.rate"].Median)}** (goal ≥ 0.3: {Verdict(pipelineRatio >= 0.3)}); p95 at half load {Measure.Format(pipeline["half.p95"].Median)} ms (goal < 250 ms: {Verdict(pipeline["half.p95"].Median < 250)}).");
        md.AppendLine();

        var section = 3;
        foreach (var (title, series) in external)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {section++}. {title}");
            md.AppendLine();
            var names = series.Names;
            if (names.Count == 0)
            {
                md.AppendLine("Not measured in this run (the benchmark project is missing or printed no figures).");
            }
            else
            {
                md.AppendLine("| figure | value |");
                md.AppendLine("|---|---|");
                foreach (var name in names)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {series[name]} |");
                }
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static string Ratio(double a, double b) => b == 0 || double.IsNaN(a) || double.IsNaN(b) ? "n/a" : (a / b).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static string Tool(string file, string argument)
    {
        try
        {
            return Shell.RunAsync(file, [argument], timeout: TimeSpan.FromSeconds(30), anyExitCode: true).GetAwaiter().GetResult().Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            return "(version unknown)";
        }
    }
}
