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
    };
}

public sealed record BenchOptions(bool Smoke, int Runs, TimeSpan GatewayDuration, int PipelineCount, int NginxPort, string Output);
