using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>The policies in force: the published text of every policy code, parsed once and swapped atomically
/// when an official publishes or retires one.</summary>
public sealed class PolicyCatalog
{
    private volatile IReadOnlyList<PolicyDefinition> _policies = [];

    public IReadOnlyList<PolicyDefinition> Policies => _policies;

    public PolicyDefinition? Find(string code) => _policies.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    public void Replace(IEnumerable<(string Code, string Yaml)> published) =>
        _policies = [.. published.Select(p => PolicyLoader.Parse(p.Yaml, $"{p.Code}.yaml")).OrderBy(p => p.Code, StringComparer.Ordinal)];

    /// <summary>Where the seed policy files are: <c>Policies:SeedDirectory</c>, else the nearest <c>seeds/policies</c> above the app.</summary>
    public static string? SeedDirectory(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Policies:SeedDirectory"] is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, environment.ContentRootPath })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds", "policies");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
