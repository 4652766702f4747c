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
using TalentPortal.Storage.Jobs;

namespace TalentPortal.PolicyMatching.Features.Policies;

public sealed record PolicyVersionResponse(string Id, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string Document, string BenefitKind);

/// <summary>A published policy; <see cref="Trust"/> is its <c>trust:</c> map (fact key → accepted sources), the facts
/// it does not name keep the catalogue's defaults.</summary>
public sealed record PolicySummaryResponse(
    string Code, LocalizedText Name, string Category, LocalizedText Authority, string LegalReference, bool OncePerPerson,
    string? ExclusionGroup, IReadOnlyList<PolicyVersionResponse> Versions, IReadOnlyDictionary<string, IReadOnlyList<string>> Trust)
{
    public static PolicySummaryResponse From(PolicyDefinition p) => new(
        p.Code, p.Name, p.Category, p.Authority, p.LegalReference, p.OncePerPerson, p.ExclusionGroup,
        [.. p.Versions.Select(v => new PolicyVersionResponse(v.Id, v.EffectiveFrom, v.EffectiveTo, v.Document, v.Benefit.Kind.ToString()))],
        p.Trust.Overrides.ToDictionary(
            t => Rules.Facts.FactCatalog.KeyOf(t.Key), t => (IReadOnlyList<string>)[.. t.Value.Select(s => s.ToString())], StringComparer.Ordinal));
}

public sealed record PolicyDraftRequest(string? Yaml) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        errors.Required("yaml", Yaml, YamlLimits.MaxBytes);
        if (Yaml is not null && Yaml.Length <= YamlLimits.MaxBytes && System.Text.Encoding.UTF8.GetByteCount(Yaml) > YamlLimits.MaxBytes)
        {
            errors.Add("yaml", $"yaml must be at most {YamlLimits.MaxBytes / 1024} KB.");
        }
    }
}

public sealed record PublishRequest(DateOnly? EffectiveFrom) : IValidatableRequest
{
    public void Validate(ValidationErrors errors) => errors.Range("effectiveFrom", EffectiveFrom, EngineDates.Earliest, EngineDates.Latest);
}

public sealed record DraftResponse(Guid Id, string Code, string State, DateTimeOffset CreatedAt, IReadOnlyList<PolicyVersionResponse> Versions);

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
        policies.MapPost("/drafts", DraftAsync).Validated<PolicyDraftRequest>()
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
        policies.MapPost("/drafts/{id:guid}/publish", PublishAsync)
            .Allow(AccessScope.Any, "admins, who maintain the policy texts", Roles.Admin)
            .WithName("PublishPolicy").WithSummary("Publish a draft; everyone is re-matched in the background (see the job)")
            .Produces<RematchJob>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status409Conflict);
        policies.MapPost("/{code}/retire", RetireAsync)
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

    /// <summary>Parses a text sent in a request: a 400 whose <c>errors</c> name the field <paramref name="field"/> with one
    /// message per problem (file, line, path), and whose <c>problems</c> list each problem's parts.</summary>
    internal static PolicyDefinition ParseOrThrow(string yaml, string fileName, string field = "yaml")
    {
        try
        {
            return PolicyLoader.Parse(yaml, fileName);
        }
        catch (PolicyValidationException e)
        {
            throw new ProblemException(
                StatusCodes.Status400BadRequest, "Invalid policy file", $"The policy file has {e.Errors.Count} problem(s).",
                new Dictionary<string, object?>
                {
                    ["errors"] = new Dictionary<string, string[]> { [field] = [.. e.Errors.Select(x => x.ToString())] },
                    ["problems"] = e.Errors.Select(x => new { x.File, x.Path, x.Problem, x.Line }).ToList(),
                });
        }
    }

    /// <summary>Parses a stored text; one that no longer passes (the limits changed since it was stored) is a 409.</summary>
    internal static PolicyDefinition ParseStored(PolicyDocument document)
    {
        try
        {
            return PolicyLoader.Parse(document.Yaml, $"{document.Code}.yaml");
        }
        catch (PolicyValidationException e)
        {
            throw new RuleViolationException(
                $"The stored text of {document.Code} is no longer valid: {(e.Errors.Count > 0 ? e.Errors[0] : e.Message)}", "Invalid",
                new Dictionary<string, object?> { ["problems"] = e.Errors.Select(x => x.ToString()).ToList() });
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
        Guid id, PublishRequest? request, HttpContext http, IStore store, PolicyCatalog catalog, RematchScheduler queue, JobOwner owner, TimeProvider time,
        CancellationToken cancellationToken)
    {
        RequestChecks.Ensure(request);
        var draft = await store.GetAsync<PolicyDocument>(id, cancellationToken) ?? throw ProblemException.NotFound($"Draft {id} does not exist.");
        var policy = ParseStored(draft);
        var newest = policy.Versions[^1];
        if (request?.EffectiveFrom is { } effective && effective != newest.EffectiveFrom)
        {
            throw new InvalidFieldException(
                "effectiveFrom",
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
        var job = RematchJob.For(draft.Code, owner.Instance, now);
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await PolicyCatalogLoader.ReloadAsync(store, catalog, cancellationToken);
        await queue.EnqueueAsync(job.Id, cancellationToken);
        return TypedResults.Accepted($"/api/policies/rematch-jobs/{job.Id}", job);
    }

    private static async Task<IResult> RetireAsync(
        string code, IStore store, PolicyCatalog catalog, RematchScheduler queue, JobOwner owner, TimeProvider time, CancellationToken cancellationToken)
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

        var job = RematchJob.For(code, owner.Instance, time.GetUtcNow());
        unitOfWork.Insert(job);
        await unitOfWork.CommitAsync(cancellationToken);
        await PolicyCatalogLoader.ReloadAsync(store, catalog, cancellationToken);
        await queue.EnqueueAsync(job.Id, cancellationToken);
        return TypedResults.Accepted($"/api/policies/rematch-jobs/{job.Id}", job);
    }
}
