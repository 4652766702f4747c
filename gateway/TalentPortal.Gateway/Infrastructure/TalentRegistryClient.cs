namespace TalentPortal.Gateway.Infrastructure;

public sealed class TalentRegistryClient(HttpClient http) : ServiceClient(http);
