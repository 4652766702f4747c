using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.Dashboard;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/housing/dashboard").WithTags("Dashboard")
            .MapGet("/service-requests", GetServiceRequestDashboard.HandleAsync)
            .Validated<DashboardQuery>()
            .Allow(AccessScope.Filtered, "street officials: requests in their street; zone officials and admins: all", Roles.Official, Roles.Admin)
            .WithName("GetServiceRequestDashboard")
            .WithSummary("Counts by status, category, street and month; on-time rate, satisfaction, time to close (officials; format=csv for CSV)")
            .Produces<ServiceRequestDashboard>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        return app;
    }
}
