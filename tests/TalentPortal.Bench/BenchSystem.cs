using TalentPortal.Testing;

namespace TalentPortal.Bench;

/// <summary>The real system for measurements: quiet logs and a rate limit far above any load generated here
/// (the limiter still runs on every request).</summary>
public sealed class BenchSystem : PortalSystem
{
    protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>
    {
        ["Logging__LogLevel__Default"] = "Warning",
        ["Gateway__RateLimit__PermitsPerMinute"] = "100000000",
        ["Gateway__RateLimit__LoginPermitsPerMinute"] = "100000",
        ["Outbox__PollInterval"] = "00:00:01",
    }.Concat(FromEnvironment("BENCH_ENV")).ToDictionary();

    /// <summary>BENCH_GATEWAY_ENV: settings for the gateway alone, to try a change.</summary>
    protected override IReadOnlyDictionary<string, string> GatewaySettings => FromEnvironment("BENCH_GATEWAY_ENV").ToDictionary();

    /// <summary>Settings given as NAME=value;NAME=value in an environment variable (BENCH_ENV applies to every host).</summary>
    private static IEnumerable<KeyValuePair<string, string>> FromEnvironment(string variable) =>
        (Environment.GetEnvironmentVariable(variable) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => KeyValuePair.Create(pair[0], pair.Length > 1 ? pair[1] : ""));
}

public sealed record BenchOptions(bool Smoke, int Runs, TimeSpan GatewayDuration, int PipelineCount, int NginxPort, string Output);
