using Microsoft.AspNetCore.Http.HttpResults;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>The public catalogue, and policy management for admins: draft, preview the diff, publish, retire.</summary>
public static class PolicyEndpoints
{
    public static IEndpointRouteBuilder MapPolicyEndpoints(this IEndpointRouteBuilder app)
    {
        var policies = app.MapGroup("/api/policies").WithTags("Policies");
        policies.MapGet("/", (PolicyCatalog catalog) => TypedResults.Ok(catalog.Policies.Select(PolicySummaryResponse.From).ToList()))
            .Public("the catalogue of policies in force is published law; it holds no personal data")
            .WithName("PolicyCatalogue").WithSummary("Every policy in force with its versions (public)");
        policies.MapGet("/{code}", GetAsync)
            .Public("one policy of the published catalogue; no personal data")
            .WithName("GetPolicy").WithSummary("One policy with its versions (public)").ProducesProblem(StatusCodes.Status404NotFound);
        policies.MapPost("/drafts", DraftPolicy.HandleAsync).Validated<PolicyDraftRequest>()
            .Allow(AccessScope.Any, "admins, who maintain the policy texts", Roles.Admin)
            .WithName("DraftPolicy").WithSummary("Propose a new text of a policy (YAML, at most 256 KB); rejected with the file, path, line and problem when invalid")
            .Produces<DraftResponse>(StatusCodes.Status201Created);
        policies.MapPost("/drafts/{id:guid}/diff", PolicyDiff.StartAsync)
            .Allow(AccessScope.Any, "officials and admins; the job's names are shown to each in their scope", Roles.Official, Roles.Admin)
            .WithName("StartPolicyDiff").WithSummary("Start a preview of who gains, who loses and how much money changes if the draft were in force (a job)")
            .Produces<DiffJobResponse>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        policies.MapGet("/diff-jobs/{id:guid}", PolicyDiff.GetAsync)
            .Allow(AccessScope.Filtered, "officials and admins: the counts and names of their street (zone officials and admins: all)", Roles.Official, Roles.Admin)
            .WithName("PolicyDiffJob").WithSummary("Progress of a policy preview and, when completed, its result in the caller's scope")
            .Produces<DiffJobResponse>();
        policies.MapPost("/drafts/{id:guid}/publish", PublishPolicy.HandleAsync)
            .Allow(AccessScope.Any, "admins, who maintain the policy texts", Roles.Admin)
            .WithName("PublishPolicy").WithSummary("Publish a draft; everyone is re-matched in the background (see the job)")
            .Produces<RematchJob>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        policies.MapPost("/{code}/retire", RetirePolicy.HandleAsync)
            .Allow(AccessScope.Any, "admins, who maintain the policy texts", Roles.Admin)
            .WithName("RetirePolicy").WithSummary("Take a policy out of the catalogue; everyone is re-matched")
            .Produces<RematchJob>(StatusCodes.Status202Accepted);
        policies.MapGet("/rematch-jobs/{id:guid}", async (Guid id, IStore store, CancellationToken ct) =>
                await store.GetAsync<RematchJob>(id, ct) is { } job ? Results.Ok(job) : throw ProblemException.NotFound($"Re-match job {id} does not exist."))
            .Allow(AccessScope.Any, "officials and admins; a job holds counts and talent ids only", Roles.Official, Roles.Admin)
            .WithName("RematchJob").WithSummary("Progress of a re-match (processed of total)")
            .Produces<RematchJob>();
        return app;
    }

    private static Ok<PolicySummaryResponse> GetAsync(string code, PolicyCatalog catalog) =>
        catalog.Find(code) is { } policy ? TypedResults.Ok(PolicySummaryResponse.From(policy)) : throw ProblemException.NotFound($"There is no policy {code}.");
}
