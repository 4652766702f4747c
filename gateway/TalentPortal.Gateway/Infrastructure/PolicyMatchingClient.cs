namespace TalentPortal.Gateway.Infrastructure;

public sealed class PolicyMatchingClient(HttpClient http) : ServiceClient(http);
