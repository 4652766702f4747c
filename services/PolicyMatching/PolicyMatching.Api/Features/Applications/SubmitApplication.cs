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
/// the facts, the policy version and the trace are kept with the application, and the facts it relies on that are
/// pending verification.</summary>
public static class SubmitApplication
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IResult> HandleAsync(
        SubmitApplicationRequest request, HttpContext http, IStore store, PolicyCatalog catalog, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var asOf = eligibility.Today;
        var talentId = caller.IsGraduate
            ? caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.")
            : request.TalentId ?? throw new InvalidFieldException("talentId", "HR staff name the hire they apply for (talentId).");
        var facts = await PolicyMatchingAccess.LoadAsync<TalentFacts>(
            store, talentId, caller, f => caller.IsGraduate || PolicyMatchingAccess.Employs(caller, f, asOf), "Talent", cancellationToken);
        var policy = catalog.Find(request.PolicyCode!) ?? throw ProblemException.NotFound($"There is no policy {request.PolicyCode}.");
        var result = eligibility.Evaluate(facts, policy, asOf);
        if (result.Outcome != Outcome.Eligible)
        {
            throw new RuleViolationException(
                $"Not eligible for {policy.Code} on {asOf:yyyy-MM-dd}: {result.Summary.En}",
                result.Outcome.ToString(),
                new Dictionary<string, object?> { ["outcome"] = result.Outcome.ToString(), ["summary"] = result.Summary, ["missingFacts"] = result.MissingFacts.Select(f => f.ToString()).ToList() });
        }

        await EnsureNotHeldAsync(store, facts.PersonKey, policy.Code, policy.OncePerPerson, policy.ExclusionGroup, asOf, cancellationToken);
        var openKey = Application.OpenKeyOf(facts.PersonKey, policy.Code);
        var open = await store.FindAsync<Application>(a => a.OpenKey == openKey, new QueryOptions<Application>(Take: 1), cancellationToken);
        if (open.Count > 0)
        {
            throw UnderWay(open[0]);
        }

        // Submitted while facts are pending verification, it waits for them: approval refuses until they are verified.
        var pendingVerification = FactNames.Keys(result.PendingVerification);
        var benefit = result.Benefit!;
        var application = Application.Submit(
            talentId, facts.PersonKey, facts.DisplayName, facts.EmployerId, facts.Street, policy.Code, result.VersionId!, policy.ExclusionGroup, policy.OncePerPerson,
            benefit.Kind.ToString(), benefit.Amount,
            benefit.Payments.Select(p => new PlannedPayment { OffsetMonths = p.OffsetMonths, Amount = p.Amount }),
            benefit.RentSteps.Select(s => new PlannedRentStep { LeaseYear = s.Year, DiscountPercent = s.DiscountPercent }),
            JsonSerializer.Serialize(new { facts = facts.ToRuleFacts(asOf), facts.IdentityStatus, result.Outcome, result.VersionId, result.Trace, result.Benefit, pendingVerification }, Json),
            new Actor(caller.AccountId, caller.Role), time.GetUtcNow(), pendingVerification);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(application);
        unitOfWork.Publish(new ApplicationSubmitted(application.Id, talentId, policy.Code, application.PolicyVersionId, application.Amount, application.EmployerId, application.SubmittedAt));
        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            // Another submission for the same person and policy was stored first.
            var first = await store.FindAsync<Application>(a => a.OpenKey == openKey, new QueryOptions<Application>(Take: 1), cancellationToken);
            throw first.Count > 0 ? UnderWay(first[0]) : new RuleViolationException($"An application for {policy.Code} is already under way.", "Open");
        }

        return TypedResults.Created($"/api/applications/{application.Id}", ApplicationResponse.From(application, [], caller));
    }

    private static RuleViolationException UnderWay(Application pending) => new(
        $"An application for {pending.PolicyCode} is already under way ({pending.State}).",
        pending.State.ToString(),
        new Dictionary<string, object?> { ["existingApplicationId"] = pending.Id });

    /// <summary>Refuses a benefit the person already holds (once per person), one of an exclusion group they hold, or
    /// one whose earlier grant still runs.</summary>
    public static async Task EnsureNotHeldAsync(
        IStore store, string personKey, string policyCode, bool oncePerPerson, string? group, DateOnly today, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        if (oncePerPerson)
        {
            keys.Add(LedgerEntry.PolicyKey(personKey, policyCode));
        }
        else
        {
            keys.Add(LedgerEntry.RunningKey(personKey, policyCode));
        }

        if (group is not null)
        {
            keys.Add(LedgerEntry.GroupKey(personKey, group));
        }

        foreach (var key in keys)
        {
            var held = await store.FindAsync<LedgerEntry>(e => e.Key == key, new QueryOptions<LedgerEntry>(Take: 1), cancellationToken);
            if (held.Count > 0 && !(held[0].RunsUntil < today))
            {
                throw new RuleViolationException(
                    held[0].RunsUntil is { } until
                        ? $"This person's grant of {held[0].PolicyCode} runs until {until:yyyy-MM-dd}; apply again after it ends."
                        : $"This person already receives {held[0].PolicyCode}{(group is null ? "" : $" (exclusion group {group})")}; a benefit is paid once.",
                    held[0].RunsUntil is null ? "BenefitHeld" : "GrantRunning",
                    new Dictionary<string, object?> { ["heldBy"] = held[0].ApplicationId });
            }
        }
    }
}
