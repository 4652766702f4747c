using TalentPortal.Housing.Features.Apartments;
using TalentPortal.Housing.Features.Applications;
using TalentPortal.Housing.Features.Dashboard;
using TalentPortal.Housing.Features.Leases;
using TalentPortal.Housing.Features.Offers;
using TalentPortal.Housing.Features.Residents;
using TalentPortal.Housing.Features.ServiceRequests;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ServiceIds.Housing);
builder.AddHousing();
builder.AddMessaging(ServiceIds.Housing, typeof(Program).Assembly);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapResidentEndpoints();
app.MapApartmentEndpoints();
app.MapApplicationEndpoints();
app.MapOfferEndpoints();
app.MapLeaseEndpoints();
app.MapServiceRequestEndpoints();
app.MapDashboardEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
