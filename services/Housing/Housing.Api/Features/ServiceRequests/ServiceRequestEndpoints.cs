using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.ServiceRequests;

public static class ServiceRequestEndpoints
{
    private const string Readers =
        "the talent it was raised for, HR of the employer it was raised for, officials whose scope covers its street, zone officials, admins";

    public static IEndpointRouteBuilder MapServiceRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/housing/service-requests").WithTags("Service requests");
        requests.MapGet("/categories", (ServiceCategoryCatalog catalog) => TypedResults.Ok(catalog.All))
            .Allow(AccessScope.Any, "every signed-in user: the categories are reference data", Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("ListServiceCategories")
            .WithSummary("Categories, their SLA (calendar days) and who may raise them")
            .Produces<IReadOnlyList<ServiceCategory>>();
        requests.MapPost("/", RaiseServiceRequest.HandleAsync)
            .Validated<RaiseServiceRequestRequest>()
            .Allow(AccessScope.Record, "graduates for themselves; HR for their employer, or for a talent their employer currently employs (talentId)",
                Roles.Graduate, Roles.EmployerHr)
            .WithName("RaiseServiceRequest")
            .WithSummary("Raise a request (graduates for themselves, HR for their employer or its staff); the street is the recorded one")
            .Produces<ServiceRequestResponse>(StatusCodes.Status201Created);
        requests.MapGet("/", ListServiceRequests.HandleAsync)
            .Validated<ListServiceRequestsQuery>()
            .Allow(AccessScope.Filtered, "graduates: raised for them; HR: raised for their employer; street officials: their street; zone officials and admins: all",
                Roles.Official, Roles.Admin, Roles.Graduate, Roles.EmployerHr)
            .WithName("ListServiceRequests")
            .WithSummary("Requests in the caller's scope, newest first; filters status, category, overdue=true; skip, take ≤ 500")
            .Produces<List<ServiceRequestResponse>>();
        requests.MapGet("/{id:guid}", ListServiceRequests.GetAsync)
            .Allow(AccessScope.Record, Readers, Roles.Graduate, Roles.EmployerHr, Roles.Official, Roles.Admin)
            .WithName("GetServiceRequest")
            .WithSummary("One request with its transitions, attachments and survey")
            .Produces<ServiceRequestResponse>();
        requests.MapPost("/{id:guid}/transitions", TransitionServiceRequest.HandleAsync)
            .Validated<TransitionRequest>()
            .Allow(AccessScope.Record, $"{Readers}; officials accept, start, resolve, explain and merge, the talent and HR withdraw",
                Roles.Official, Roles.Admin, Roles.Graduate, Roles.EmployerHr)
            .WithName("TransitionServiceRequest")
            .WithSummary("accept | start | resolve | explain | merge (officials of its street) or withdraw (the talent or employer it was raised for)")
            .Produces<ServiceRequestResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id:guid}/survey", SubmitSurvey.HandleAsync)
            .Validated<SurveyRequest>()
            .Allow(AccessScope.Record, "the talent the request was raised for, HR of the employer it was raised for (never staff)", Roles.Graduate, Roles.EmployerHr)
            .WithName("SubmitSatisfactionSurvey")
            .WithSummary("The requester's side rates a resolved or explained request (1–5 and a comment), once")
            .Produces<ServiceRequestResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
