using TalentPortal.Gateway.Infrastructure;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Gateway.Operations;

/// <summary>The services behind the gateway, by id.</summary>
public sealed class ServiceDirectory(TalentRegistryClient registry, PolicyMatchingClient matching, HousingClient housing)
{
    public IReadOnlyDictionary<string, ServiceClient> All { get; } = new Dictionary<string, ServiceClient>(StringComparer.Ordinal)
    {
        [ServiceIds.TalentRegistry] = registry,
        [ServiceIds.PolicyMatching] = matching,
        [ServiceIds.Housing] = housing,
    };

    public ServiceClient Get(string service) =>
        All.TryGetValue(service, out var client) ? client : throw ProblemException.NotFound($"There is no service named {service}.");

    /// <summary>The service that publishes a stream ("talent-registry.talent" → talent-registry).</summary>
    public ServiceClient PublisherOf(string stream) => Get(stream.Split('.')[0]);
}
