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

    /// <summary>Swaps in the published texts. A text that no longer passes the loader (its limits changed since it was
    /// published) is left out and returned, so one bad text cannot stop the service from starting.</summary>
    public IReadOnlyList<PolicyError> Replace(IEnumerable<(string Code, string Yaml)> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var policies = new List<PolicyDefinition>();
        var refused = new List<PolicyError>();
        foreach (var (code, yaml) in published)
        {
            try
            {
                policies.Add(PolicyLoader.Parse(yaml, $"{code}.yaml"));
            }
            catch (PolicyValidationException e)
            {
                refused.AddRange(e.Errors);
            }
        }

        _policies = [.. policies.OrderBy(p => p.Code, StringComparer.Ordinal)];
        return refused;
    }

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
