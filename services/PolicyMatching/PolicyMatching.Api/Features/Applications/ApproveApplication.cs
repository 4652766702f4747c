using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>The reviewing official approves an application whose public notice has ended.</summary>
public static class ApproveApplication
{
    /// <summary>Approval after the notice, of a policy still published: the ledger entries (unique per person and policy
    /// or exclusion group; for a benefit that may be granted again, one running grant at a time), the schedule and
    /// <c>BenefitGranted</c> commit together, so a person is never granted the same benefit twice or twice at once.</summary>
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext http, IStore store, PolicyCatalog catalog, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await ApplicationDecisions.LoadAsync(store, id, caller, a => Access.Reviews(caller, a), ct);
        var text = await PublishedTextAsync(store, catalog, application.PolicyCode, ct);
        var now = time.GetUtcNow();
        var today = eligibility.Today;
        var facts = await store.GetAsync<TalentFacts>(application.TalentId, ct);
        var evaluation = ApprovalCheck.For(application, facts, text.Policy);
        application.Approve(ApplicationDecisions.ActorOf(caller), now, today, evaluation.Basis);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        unitOfWork.Insert(DecisionReceipts.Issue(application, facts!, evaluation, text, ApplicationDecisions.ActorOf(caller), now));
        Grant(unitOfWork, application, now, application.OncePerPerson ? LedgerEntry.PolicyKey(application.PersonKey, application.PolicyCode) : null);
        Grant(unitOfWork, application, now, application.ExclusionGroup is { } group ? LedgerEntry.GroupKey(application.PersonKey, group) : null);
        if (!application.OncePerPerson)
        {
            await GrantRunningAsync(store, unitOfWork, application, now, today, ct);
        }

        if (facts is not null)
        {
            facts.Hold(application.PolicyCode);
            unitOfWork.Update(facts);
        }

        unitOfWork.Publish(ApplicationDecisions.Decided(application, "Approved", null, caller, time));
        unitOfWork.Publish(new BenefitGranted(
            application.Id, application.TalentId, application.PersonKey, application.PolicyCode, application.BenefitKind, application.Amount,
            [.. application.RentSteps.Select(s => new RentStepInfo(s.LeaseYear, s.DiscountPercent))], today, now));
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DuplicateKeyException)
        {
            throw new RuleViolationException(
                $"This person was already granted {application.PolicyCode} or another benefit of its exclusion group, or a grant of it still runs; nothing was granted.",
                "BenefitHeld");
        }

        return TypedResults.Ok(await ApplicationDecisions.ViewAsync(store, application, caller, ct));
    }

    private static void Grant(IUnitOfWork unitOfWork, Application application, DateTimeOffset now, string? key)
    {
        if (key is not null)
        {
            unitOfWork.Insert(new LedgerEntry { Key = key, PersonKey = application.PersonKey, PolicyCode = application.PolicyCode, ApplicationId = application.Id, GrantedAt = now });
        }
    }

    /// <summary>A benefit that may be granted again holds one running entry per person; an ended one is replaced.</summary>
    private static async Task GrantRunningAsync(IStore store, IUnitOfWork unitOfWork, Application application, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var key = LedgerEntry.RunningKey(application.PersonKey, application.PolicyCode);
        var found = await store.FindAsync<LedgerEntry>(e => e.Key == key, new QueryOptions<LedgerEntry>(Take: 1), ct);
        var running = found.Count > 0 ? found[0] : null;
        if (running is not null)
        {
            if (running.RunsUntil is not { } until || until >= today)
            {
                throw new RuleViolationException(
                    $"This person's grant of {application.PolicyCode} runs until {running.RunsUntil:yyyy-MM-dd}; a second grant may not overlap it.",
                    "GrantRunning",
                    new Dictionary<string, object?> { ["runsUntil"] = running.RunsUntil, ["heldBy"] = running.ApplicationId });
            }

            unitOfWork.Delete(running);
        }

        unitOfWork.Insert(new LedgerEntry
        {
            Key = key,
            PersonKey = application.PersonKey,
            PolicyCode = application.PolicyCode,
            ApplicationId = application.Id,
            GrantedAt = now,
            RunsUntil = application.GrantRunsUntil,
        });
    }

    /// <summary>The published text of a policy, as the catalogue parsed it when it holds that text; a policy that is no
    /// longer published (retired) grants nothing more.</summary>
    private static async Task<PolicyText> PublishedTextAsync(IStore store, PolicyCatalog catalog, string code, CancellationToken ct)
    {
        var published = await store.FindAsync<PolicyDocument>(
            d => d.Code == code && d.State == PolicyDocumentState.Published, new QueryOptions<PolicyDocument>(d => d.PublishedAt, Descending: true, Take: 1), ct);
        if (published.Count == 0)
        {
            throw NotPublished(code);
        }

        var document = published[0];
        return catalog.Find(code) is { } policy && catalog.TextOf(policy) is { } loaded && loaded.DocumentId == document.Id
            ? loaded
            : new PolicyText(Policies.PolicyYaml.ParseStored(document), document.Id, PolicyText.Sha256Of(document.Yaml));
    }

    private static RuleViolationException NotPublished(string code) => new(
        $"{code} is no longer published; its applications cannot be approved.", nameof(PolicyDocumentState.Retired),
        new Dictionary<string, object?> { ["policyCode"] = code });
}
