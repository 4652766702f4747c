using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.ServiceDefaults.Messaging;
using TalentPortal.TalentRegistry.Features.BulkImport;
using TalentPortal.TalentRegistry.Features.Employers;
using TalentPortal.TalentRegistry.Features.Employments;
using TalentPortal.TalentRegistry.Features.Evidence;
using TalentPortal.TalentRegistry.Features.IdentityClaims;
using TalentPortal.TalentRegistry.Features.InsuranceFeed;
using TalentPortal.TalentRegistry.Features.Intake;
using TalentPortal.TalentRegistry.Features.Talents;
using TalentPortal.TalentRegistry.Features.Verifications;
using TalentPortal.TalentRegistry.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ServiceIds.TalentRegistry);
builder.AddTalentRegistry();
builder.AddMessaging(ServiceIds.TalentRegistry, typeof(Program).Assembly);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapTalentEndpoints();
app.MapImportEndpoints();
app.MapEmploymentEndpoints();
app.MapEmployerEndpoints();
app.MapIntakeEndpoints();
app.MapIdentityClaimEndpoints();
app.MapVerificationEndpoints();
app.MapEvidenceEndpoints();
app.MapInsuranceFeedEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
