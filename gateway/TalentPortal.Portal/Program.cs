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

// One clock for the portal's "today" (notice windows, target years): the host's, moved in whole-system tests.
Figures.Clock = app.Services.GetService<TimeProvider>() ?? TimeProvider.System;
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

app.MapRazorComponents<App>();
app.Run();
