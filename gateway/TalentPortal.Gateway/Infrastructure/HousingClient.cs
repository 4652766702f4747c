namespace TalentPortal.Gateway.Infrastructure;

public sealed class HousingClient(HttpClient http) : ServiceClient(http);
