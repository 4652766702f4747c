using TalentPortal.Portal;
using TalentPortal.Portal.Account;
using TalentPortal.Portal.Api;
using TalentPortal.Portal.Components;
using TalentPortal.Portal.Edge;
using TalentPortal.Portal.Localization;

var builder = WebApplication.CreateBuilder(args);
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
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAccountEndpoints();
app.MapCultureEndpoint();
app.MapCsvExports();
app.MapEvidenceDownloads();
app.MapRazorComponents<App>();
app.Run();
