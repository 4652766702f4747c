using TalentPortal.PolicyMatching.Features.Applications;
using TalentPortal.PolicyMatching.Features.Eligibility;
using TalentPortal.PolicyMatching.Features.Facts;
using TalentPortal.PolicyMatching.Features.Policies;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ServiceIds.PolicyMatching);
builder.AddPolicyMatching();
builder.AddMessaging(ServiceIds.PolicyMatching, typeof(Program).Assembly);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapTalentFactsEndpoints();
app.MapPolicyEndpoints();
app.MapEligibilityEndpoints();
app.MapApplicationEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
