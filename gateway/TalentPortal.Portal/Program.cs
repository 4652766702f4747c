using TalentPortal.Portal;
using TalentPortal.Portal.Account;
using TalentPortal.Portal.Api;
using TalentPortal.Portal.Components;
using TalentPortal.Portal.Edge;
using TalentPortal.Portal.Localization;
using TalentPortal.ServiceDefaults;
using TalentPortal.ServiceDefaults.Http;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostDefaults(ServiceIds.Portal);
builder.AddPortal();

var app = builder.Build();
app.UsePortalEdge();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UsePortalLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealthEndpoints();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapCultureEndpoint();
app.MapCsvExports();
app.MapEvidenceDownloads();

// Liveness and readiness for the orchestrator (the portal depends on nothing it could wait for: the gateway reports
// the services). Reached on the portal's own port only: the gateway answers these paths itself.
app.MapHealthChecks("/health/live").AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapRazorComponents<App>();
app.Run();
