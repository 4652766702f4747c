using System.Text.Json;
using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>A graduate applies for themself, or HR for one of their hires. Only an Eligible result can be submitted;
/// the facts, the policy version and the trace are kept with the application.</summary>
public static class SubmitApplication
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IResult> HandleAsync(
        SubmitApplicationRequest request, HttpContext http, IStore store, PolicyCatalog catalog, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var talentId = caller.IsGraduate
            ? caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.")
            : request.TalentId ?? throw new InvalidFieldException("talentId", "HR staff name the hire they apply for (talentId).");
        var facts = await store.GetAsync<TalentFacts>(talentId, cancellationToken) ?? throw ProblemException.NotFound($"Talent {talentId} is not known to policy-matching yet.");
        if (caller.IsEmployerHr && (caller.EmployerId is null || facts.EmployerId != caller.EmployerId))
        {
            throw ProblemException.Forbidden("HR staff apply only for their own employer's confirmed hires.");
        }

        var policy = catalog.Find(request.PolicyCode!) ?? throw ProblemException.NotFound($"There is no policy {request.PolicyCode}.");
        var asOf = eligibility.Today;
        var result = eligibility.Evaluate(facts, policy, asOf);
        if (result.Outcome != Outcome.Eligible)
        {
            throw ProblemException.Conflict(
                $"Not eligible for {policy.Code} on {asOf:yyyy-MM-dd}: {result.Summary.En}",
                new Dictionary<string, object?> { ["outcome"] = result.Outcome.ToString(), ["summary"] = result.Summary, ["missingFacts"] = result.MissingFacts.Select(f => f.ToString()).ToList() });
        }

        await EnsureNotHeldAsync(store, facts.PersonKey, policy.Code, policy.OncePerPerson, policy.ExclusionGroup, cancellationToken);
        var code = policy.Code;
        var personKey = facts.PersonKey;
        var open = await store.FindAsync<Application>(a => a.PersonKey == personKey && a.PolicyCode == code, cancellationToken: cancellationToken);
        if (open.FirstOrDefault(a => a.IsOpen) is { } pending)
        {
            throw ProblemException.Conflict(
                $"An application for {code} is already under way ({pending.State}).",
                new Dictionary<string, object?> { ["existingApplicationId"] = pending.Id, ["state"] = pending.State.ToString() });
        }

        var benefit = result.Benefit!;
        var application = Application.Submit(
            talentId, facts.PersonKey, facts.DisplayName, facts.EmployerId, facts.Street, policy.Code, result.VersionId!, policy.ExclusionGroup, policy.OncePerPerson,
            benefit.Kind.ToString(), benefit.Amount,
            benefit.Payments.Select(p => new PlannedPayment { OffsetMonths = p.OffsetMonths, Amount = p.Amount }),
            benefit.RentSteps.Select(s => new PlannedRentStep { LeaseYear = s.Year, DiscountPercent = s.DiscountPercent }),
            JsonSerializer.Serialize(new { facts = facts.ToRuleFacts(asOf), result.Outcome, result.VersionId, result.Trace, result.Benefit }, Json),
            new Actor(caller.AccountId, caller.Role), time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(application);
        unitOfWork.Publish(new ApplicationSubmitted(application.Id, talentId, policy.Code, application.PolicyVersionId, application.Amount, application.EmployerId, application.SubmittedAt));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/applications/{application.Id}", ApplicationResponse.From(application));
    }

    /// <summary>Refuses a benefit the person already holds (once per person) or one of an exclusion group they hold.</summary>
    public static async Task EnsureNotHeldAsync(IStore store, string personKey, string policyCode, bool oncePerPerson, string? group, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        if (oncePerPerson)
        {
            keys.Add(LedgerEntry.PolicyKey(personKey, policyCode));
        }

        if (group is not null)
        {
            keys.Add(LedgerEntry.GroupKey(personKey, group));
        }

        foreach (var key in keys)
        {
            var held = await store.FindAsync<LedgerEntry>(e => e.Key == key, new QueryOptions<LedgerEntry>(Take: 1), cancellationToken);
            if (held.Count > 0)
            {
                throw ProblemException.Conflict(
                    $"This person already receives {held[0].PolicyCode}{(group is null ? "" : $" (exclusion group {group})")}; a benefit is paid once.",
                    new Dictionary<string, object?> { ["heldBy"] = held[0].ApplicationId });
            }
        }
    }
}
