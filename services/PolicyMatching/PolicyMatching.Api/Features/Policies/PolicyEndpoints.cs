using Microsoft.AspNetCore.Http.HttpResults;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules;
using TalentPortal.PolicyMatching.Rules.Loading;
using TalentPortal.PolicyMatching.Rules.Policies;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record PolicyVersionResponse(string Id, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Document, string BenefitKind);

public sealed record PolicySummaryResponse(
    string Code, LocalizedText Name, string Category, LocalizedText Authority, string LegalReference, bool OncePerPerson,
    string? ExclusionGroup, IReadOnlyList<PolicyVersionResponse> Versions)
{
    public static PolicySummaryResponse From(PolicyDefinition p) => new(
        p.Code, p.Name, p.Category, p.Authority, p.LegalReference, p.OncePerPerson, p.ExclusionGroup,
        [.. p.Versions.Select(v => new PolicyVersionResponse(v.Id, v.EffectiveFrom, v.EffectiveTo, v.Document, v.Benefit.Kind.ToString()))]);
}

public sealed record PolicyDraftRequest(string? Yaml) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.Required("yaml", Yaml, 200_000);
}

public sealed record PublishRequest(DateOnly? EffectiveFrom);

public sealed record DraftResponse(Guid Id, string Code, string State, DateTimeOffset CreatedAt, IReadOnlyList<PolicyVersionResponse> Versions);

/// <summary>The public catalogue, and policy management for admins: draft, preview the diff, publish, retire.</summary>
public static class PolicyEndpoints
{
    public static IEndpointRouteBuilder MapPolicyEndpoints(this IEndpointRouteBuilder app)
    {
        var policies = app.MapGroup("/api/policies").WithTags("Policies");
        policies.MapGet("/", (PolicyCatalog catalog) => TypedResults.Ok(catalog.Policies.Select(PolicySummaryResponse.From).ToList()))
            .AllowAnonymous().WithName("PolicyCatalogue").WithSummary("Every policy in force with its versions (public)");
        policies.MapGet("/{code}", GetAsync).AllowAnonymous()
            .WithName("GetPolicy").WithSummary("One policy with its versions (public)").ProducesProblem(StatusCodes.Status404NotFound);
        policies.MapPost("/drafts", DraftAsync).Validated<PolicyDraftRequest>().RequireAuthorization(Roles.Admin)
            .WithName("DraftPolicy").WithSummary("Propose a new text of a policy (YAML); rejected with the file, path and problem when invalid")
            .Produces<DraftResponse>(StatusCodes.Status201Created);
        policies.MapGet("/drafts/{id:guid}/diff", PolicyDiff.HandleAsync).RequireAuthorization(Roles.Official)
            .WithName("PreviewPolicyDiff").WithSummary("Who gains, who loses and how much money changes if the draft were in force")
            .Produces<PolicyDiffResponse>();
        policies.MapPost("/drafts/{id:guid}/publish", PublishAsync).RequireAuthorization(Roles.Admin)
            .WithName("PublishPolicy").WithSummary("Publish a draft; everyone is re-matched in the background (see the job)")
            .Produces<RematchJob>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        policies.MapPost("/{code}/retire", RetireAsync).RequireAuthorization(Roles.Admin)
            .WithName("RetirePolicy").WithSummary("Take a policy out of the catalogue; everyone is re-matched")
            .Produces<RematchJob>(StatusCodes.Status202Accepted);
        policies.MapGet("/rematch-jobs/{id:guid}", async (Guid id, IStore store, CancellationToken ct) =>
                await store.GetAsync<RematchJob>(id, ct) is { } job ? Results.Ok(job) : throw ProblemException.NotFound($"Re-match job {id} does not exist."))
            .RequireAuthorization(Roles.Official).WithName("RematchJob").WithSummary("Progress of a re-match (processed of total)");
        return app;
    }

    private static Ok<PolicySummaryResponse> GetAsync(string code, PolicyCatalog catalog) =>
        catalog.Find(code) is { } policy ? TypedResults.Ok(PolicySummaryResponse.From(policy)) : throw ProblemException.NotFound($"There is no policy {code}.");

    internal static PolicyDefinition ParseOrThrow(string yaml, string fileName)
    {
        try
        {
            return PolicyLoader.Parse(yaml, fileName);
        }
        catch (PolicyValidationException e)
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest, "Invalid policy file", e.Message,
                new Dictionary<string, object?> { ["errors"] = e.Errors.Select(x => new { x.File, x.Path, x.Problem, x.Line }).ToList() });
        }
    }

    private static async Task<IResult> DraftAsync(PolicyDraftRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var policy = ParseOrThrow(request.Yaml!, "draft.yaml");
        var draft = PolicyDocument.Draft(policy.Code, request.Yaml!, Caller.From(http.User).AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(draft);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/policies/drafts/{draft.Id}", new DraftResponse(draft.Id, draft.Code, draft.State.ToString(), draft.CreatedAt, PolicySummaryResponse.From(policy).Versions));
    }

    private static async Task<IResult> PublishAsync(
        Guid id, PublishRequest? request, HttpContext http, IStore store, PolicyCatalog catalog, RematchScheduler queue, TimeProvider time, CancellationToken cancellationToken)
    {
        var draft = await store.GetAsync<PolicyDocument>(id, cancellationToken) ?? throw ProblemException.NotFound($"Draft {id} does not exist.");
        var policy = ParseOrThrow(draft.Yaml, $"{draft.Code}.yaml");
        var newest = policy.Versions[^1];
        if (request?.EffectiveFrom is { } effective && effective != newest.EffectiveFrom)
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest, "Effective date differs",
                $"The draft's newest version ({newest.Id}) takes effect on {newest.EffectiveFrom:yyyy-MM-dd}, not {effective:yyyy-MM-dd}; change effectiveFrom in the draft.");
        }

        var by = Caller.From(http.User).AccountId;
        var now = time.GetUtcNow();
        var unitOfWork = store.BeginUnitOfWork();
        foreach (var current in await store.FindAsync<PolicyDocument>(d => d.Code == draft.Code && d.State == PolicyDocumentState.Published, cancellationToken: cancellationToken))
        {
            current.Supersede();
            unitOfWork.Update(current);
        }

        draft.Publish(by, now);
        unitOfWork.Update(draft);
        unitOfWork.Publish(new PolicyPublished(draft.Code, newest.Id, newest.EffectiveFrom, by, now));
        var job = new RematchJob { PolicyCode = draft.Code, CreatedAt = now };
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await PolicyCatalogLoader.ReloadAsync(store, catalog, cancellationToken);
        await queue.EnqueueAsync(job.Id, cancellationToken);
        return TypedResults.Accepted($"/api/policies/rematch-jobs/{job.Id}", job);
    }

    private static async Task<IResult> RetireAsync(string code, IStore store, PolicyCatalog catalog, RematchScheduler queue, TimeProvider time, CancellationToken cancellationToken)
    {
        var published = await store.FindAsync<PolicyDocument>(d => d.Code == code && d.State == PolicyDocumentState.Published, cancellationToken: cancellationToken);
        if (published.Count == 0)
        {
            throw ProblemException.NotFound($"There is no published policy {code}.");
        }

        var unitOfWork = store.BeginUnitOfWork();
        foreach (var document in published)
        {
            document.Retire();
            unitOfWork.Update(document);
        }

        var job = new RematchJob { PolicyCode = code, CreatedAt = time.GetUtcNow() };
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await PolicyCatalogLoader.ReloadAsync(store, catalog, cancellationToken);
        await queue.EnqueueAsync(job.Id, cancellationToken);
        return TypedResults.Accepted($"/api/policies/rematch-jobs/{job.Id}", job);
    }
}
