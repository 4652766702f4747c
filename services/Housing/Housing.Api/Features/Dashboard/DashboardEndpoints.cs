namespace TalentPortal.Housing.Features.Dashboard;

public static class DashboardEndpoints
{
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/housing/dashboard").WithTags("Dashboard")
            .MapGet("/service-requests", GetServiceRequestDashboard.HandleAsync)
            .WithName("GetServiceRequestDashboard")
            .WithSummary("Counts by status, category, street and month; on-time rate, satisfaction, time to close (officials; format=csv for CSV)")
            .Produces<ServiceRequestDashboard>()
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
