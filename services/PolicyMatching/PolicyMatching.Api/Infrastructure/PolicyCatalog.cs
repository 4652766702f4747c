using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>The policies in force: the published text of every policy code, parsed once and swapped atomically
/// when an official publishes or retires one.</summary>
public sealed class PolicyCatalog
{
    private volatile IReadOnlyList<PolicyDefinition> _policies = [];
    private volatile Dictionary<string, PolicyText> _texts = [];
    private volatile string _fingerprint = "";

    public IReadOnlyList<PolicyDefinition> Policies => _policies;

    /// <summary>Which stored documents the catalogue was loaded from (their ids and versions): another replica's
    /// publication or retirement changes it (<see cref="PolicyCatalogWatcher"/>).</summary>
    public string Fingerprint => _fingerprint;

    public static string FingerprintOf(IEnumerable<PolicyDocument> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return string.Join(',', published.Select(d => $"{d.Id:N}/{d.Version}").Order(StringComparer.Ordinal));
    }

    public PolicyDefinition? Find(string code) => _policies.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stored text a policy in force was loaded from (for a decision's receipt); null for a policy not in
    /// the catalogue or one loaded from a file rather than the store.</summary>
    public PolicyText? TextOf(PolicyDefinition policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return _texts.TryGetValue(policy.Code, out var text) && text.Policy == policy ? text : null;
    }

    /// <summary>Swaps in the published texts. A text that no longer passes the loader (its limits changed since it was
    /// published) is left out and returned, so one bad text cannot stop the service from starting.</summary>
    public IReadOnlyList<PolicyError> Replace(IEnumerable<(string Code, string Yaml)> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        return Replace(published.Select(p => (p.Code, p.Yaml, (Guid?)null)));
    }

    /// <summary>Swaps in the published documents, remembering which document each policy was loaded from.</summary>
    public IReadOnlyList<PolicyError> Replace(IReadOnlyCollection<PolicyDocument> published)
    {
        ArgumentNullException.ThrowIfNull(published);
        var refused = Replace(published.Select(d => (d.Code, d.Yaml, (Guid?)d.Id)));
        _fingerprint = FingerprintOf(published);
        return refused;
    }

    private List<PolicyError> Replace(IEnumerable<(string Code, string Yaml, Guid? DocumentId)> published)
    {
        var policies = new List<PolicyDefinition>();
        var texts = new Dictionary<string, PolicyText>(StringComparer.Ordinal);
        var refused = new List<PolicyError>();
        foreach (var (code, yaml, documentId) in published)
        {
            try
            {
                var policy = PolicyLoader.Parse(yaml, $"{code}.yaml");
                policies.Add(policy);
                if (documentId is { } id)
                {
                    texts[policy.Code] = new PolicyText(policy, id, PolicyText.Sha256Of(yaml));
                }
            }
            catch (PolicyValidationException e)
            {
                refused.AddRange(e.Errors);
            }
        }

        _texts = texts;
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
