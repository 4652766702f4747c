using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Features.ServiceRequests;

public static class ServiceRequestEndpoints
{
    public static IEndpointRouteBuilder MapServiceRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var requests = app.MapGroup("/api/housing/service-requests").WithTags("Service requests");
        requests.MapGet("/categories", (ServiceCategoryCatalog catalog) => TypedResults.Ok(catalog.All))
            .WithName("ListServiceCategories")
            .WithSummary("Categories, their SLA (calendar days) and who may raise them")
            .Produces<IReadOnlyList<ServiceCategory>>();
        requests.MapPost("/", RaiseServiceRequest.HandleAsync)
            .Validated<RaiseServiceRequestRequest>()
            .WithName("RaiseServiceRequest")
            .WithSummary("Raise a request (graduates for themselves, HR for their employer)")
            .Produces<ServiceRequestResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        requests.MapGet("/", ListServiceRequests.HandleAsync)
            .WithName("ListServiceRequests")
            .WithSummary("Requests in the caller's scope; filters status, category, overdue=true")
            .Produces<List<ServiceRequestResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        requests.MapGet("/{id:guid}", ListServiceRequests.GetAsync)
            .WithName("GetServiceRequest")
            .WithSummary("One request with its transitions, attachments and survey")
            .Produces<ServiceRequestResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        requests.MapPost("/{id:guid}/transitions", TransitionServiceRequest.HandleAsync)
            .Validated<TransitionRequest>()
            .WithName("TransitionServiceRequest")
            .WithSummary("accept | start | resolve | explain | merge (officials of its street) or withdraw (requester)")
            .Produces<ServiceRequestResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        requests.MapPost("/{id:guid}/survey", SubmitSurvey.HandleAsync)
            .Validated<SurveyRequest>()
            .WithName("SubmitSatisfactionSurvey")
            .WithSummary("The requester rates a resolved or explained request (1–5 and a comment), once")
            .Produces<ServiceRequestResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}
