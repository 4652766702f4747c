using TalentPortal.Housing.Features.Residents;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ServiceIds.Housing);
builder.AddHousingStore();
builder.AddMessaging(ServiceIds.Housing, typeof(Program).Assembly);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapResidentEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
