using TalentPortal.Gateway.Accounts;
using TalentPortal.Gateway.Infrastructure;
using TalentPortal.Gateway.Operations;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ServiceIds.Gateway);
builder.AddGatewayServices();

var app = builder.Build();
app.UseGatewayEdge();
app.MapDefaultEndpoints();
app.MapAccountEndpoints();
app.MapApiDocumentation();
app.MapFailedMessagesEndpoints();
app.MapReverseProxy();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
