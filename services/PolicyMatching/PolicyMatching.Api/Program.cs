using TalentPortal.PolicyMatching.Features.TalentFacts;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.ServiceDefaults.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ServiceIds.PolicyMatching);
builder.AddPolicyMatchingStore();
builder.AddMessaging(ServiceIds.PolicyMatching, typeof(Program).Assembly);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapTalentFactsEndpoints();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
