using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>
/// Pays the instalments due by a date that is not after today (Huzhou), in the caller's streets. Before each one the
/// policy's continuing conditions are re-checked by running the application's policy version again on the talent's
/// verified facts (a value from a source the policy does not accept counts as unknown) as they stand on the due date, with its time limits (age, graduation window) measured on the submission
/// day, when they were met: an identity not revoked, still employed at a zone employer, still insured, no home bought where the policy excludes
/// home owners, no benefit held that the policy excludes; and no other benefit of its exclusion group held. A failure
/// suspends the instalment with the reason; a pass records the payment. Each application commits on its own, so a
/// rerun never pays twice.
/// </summary>
public static class InstalmentRun
{
    public const int ApplicationsPerPage = 200;

    public static async Task<IResult> HandleAsync(
        InstalmentRunRequest? request, HttpContext http, IStore store, PolicyCatalog catalog, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        RequestChecks.Ensure(request);
        var caller = Caller.From(http.User);
        var today = eligibility.Today;
        var asOf = request?.AsOf ?? today;
        if (asOf > today)
        {
            throw new InvalidFieldException("asOf", $"asOf may not be after today ({today:yyyy-MM-dd}, Huzhou): only instalments already due are paid.");
        }

        var versions = new PolicyVersions(store, catalog);
        int checkedCount = 0, paid = 0, suspended = 0;
        var notes = new List<string>();
        var street = caller.SeesWholeZone ? null : caller.Street;
        for (var after = Guid.Empty; ;)
        {
            var cursor = after;
            var page = await store.FindAsync(
                street is null
                    ? a => a.State == ApplicationState.Approved && a.Id > cursor
                    : (System.Linq.Expressions.Expression<Func<Application, bool>>)(a => a.State == ApplicationState.Approved && a.Id > cursor && a.Street == street),
                new QueryOptions<Application>(a => a.Id, Take: ApplicationsPerPage), ct);
            foreach (var application in page.Where(a => PolicyMatchingAccess.Reviews(caller, a)))
            {
                var (c, p, s) = await PayAsync(application, store, versions, caller, asOf, time, notes, ct);
                (checkedCount, paid, suspended) = (checkedCount + c, paid + p, suspended + s);
            }

            if (page.Count < ApplicationsPerPage)
            {
                break;
            }

            after = page[^1].Id;
        }

        return TypedResults.Ok(new InstalmentRunResponse(asOf, checkedCount, paid, suspended, notes));
    }

    private static async Task<(int Checked, int Paid, int Suspended)> PayAsync(
        Application application, IStore store, PolicyVersions versions, Caller caller, DateOnly asOf, TimeProvider time, List<string> notes, CancellationToken ct)
    {
        var due = application.Instalments.Where(i => i.State != InstalmentState.Paid && i.DueDate <= asOf).OrderBy(i => i.Number).ToList();
        if (due.Count == 0)
        {
            return (0, 0, 0);
        }

        var facts = await store.GetAsync<TalentFacts>(application.TalentId, ct);
        var policy = await versions.FindAsync(application.PolicyCode, application.PolicyVersionId, ct);
        var unitOfWork = store.BeginUnitOfWork();
        var now = time.GetUtcNow();
        var actor = new Actor(caller.AccountId, caller.Role);
        int checkedCount = 0, paid = 0, suspended = 0;
        foreach (var instalment in due)
        {
            checkedCount++;
            if (Recheck(application, facts, policy, versions.Catalog, instalment.DueDate) is { } reason)
            {
                if (instalment.State != InstalmentState.Suspended || instalment.SuspendedReason != reason)
                {
                    application.SuspendInstalment(instalment.Number, now, actor, reason);
                    unitOfWork.Publish(new InstalmentSuspended(application.Id, application.TalentId, application.PolicyCode, instalment.Number, instalment.Amount, instalment.DueDate, reason, now));
                }

                suspended++;
                break;
            }

            application.RecordPayment(instalment.Number, now, actor);
            unitOfWork.Publish(new InstalmentPaid(application.Id, application.TalentId, application.PolicyCode, instalment.Number, instalment.Amount, instalment.DueDate, now));
            paid++;
        }

        unitOfWork.Update(application);
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            notes.Add($"Application {application.Id} changed meanwhile; it is left for the next run.");
            return (checkedCount, 0, 0);
        }

        return (checkedCount, paid, suspended);
    }

    /// <summary>Why an instalment due on <paramref name="due"/> may not be paid, or null when it may.</summary>
    public static string? Recheck(Application application, TalentFacts? facts, PolicyDefinition? policy, PolicyCatalog catalog, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(catalog);
        if (facts is null)
        {
            return "The talent's facts are not available.";
        }

        if (facts.IdentityStatus == IdentityStatuses.Revoked)
        {
            return "The talent's identity was revoked (the national ID was found not to be theirs): nothing more is paid unless it is verified again.";
        }

        if (!facts.EmployedOn(due) || facts.EmployerInZone == false)
        {
            return facts.EmploymentEnd is { } end
                ? $"No longer employed at a zone employer (employment ended {end:yyyy-MM-dd})."
                : "Not employed at a zone employer.";
        }

        if (policy is not null)
        {
            // Paid on verified facts only, as approved: a value the policy does not accept is unknown here.
            var ruleFacts = policy.Trust.WithoutUntrusted(facts.ToRuleFacts(due));
            ruleFacts = ruleFacts with { HeldBenefits = [.. ruleFacts.HeldBenefits!.Where(b => b != application.PolicyCode)] };
            var result = PolicyEngine.EvaluateVersion(ruleFacts, policy, application.PolicyVersionId, application.SubmittedOn);
            if (result?.Outcome == Outcome.NotEligible)
            {
                var failed = result.Trace.Where(t => t.Kind == CriterionKind.Comparison && t.Verdict == Verdict.Fail && t.Decisive).ToList();
                return failed.Count == 0
                    ? "No longer meets the policy's conditions (no amount applies)."
                    : $"No longer meets the policy's conditions: {string.Join("; ", failed.Select(t => $"{t.Id} ({t.Text.En})"))}.";
            }

            if (result?.Outcome == Outcome.Unknown)
            {
                return $"The policy's conditions cannot be confirmed; missing: {string.Join(", ", result.MissingFacts.Select(Rules.Facts.FactCatalog.KeyOf))}.";
            }
        }

        if (application.ExclusionGroup is { } group
            && facts.HeldBenefits.FirstOrDefault(code => code != application.PolicyCode && catalog.Find(code)?.ExclusionGroup == group) is { } other)
        {
            return $"Holds {other}, another benefit of the exclusion group '{group}'.";
        }

        return null;
    }

    /// <summary>Finds the policy text holding a version, for the whole run: the catalogue's, else an earlier published
    /// text of the same code (a policy whose version changed or that was retired keeps paying what it granted).</summary>
    private sealed class PolicyVersions(IStore store, PolicyCatalog catalog)
    {
        private readonly Dictionary<(string, string), PolicyDefinition?> _found = [];

        public PolicyCatalog Catalog => catalog;

        public async Task<PolicyDefinition?> FindAsync(string code, string versionId, CancellationToken ct)
        {
            if (_found.TryGetValue((code, versionId), out var known))
            {
                return known;
            }

            var policy = catalog.Find(code) is { } current && current.Versions.Any(v => v.Id == versionId) ? current : null;
            if (policy is null)
            {
                var texts = await store.FindAsync<PolicyDocument>(
                    d => d.Code == code && (d.State == PolicyDocumentState.Superseded || d.State == PolicyDocumentState.Retired || d.State == PolicyDocumentState.Published),
                    new QueryOptions<PolicyDocument>(d => d.CreatedAt, Descending: true, Take: 20), ct);
                policy = texts.Select(Parse).FirstOrDefault(p => p?.Versions.Any(v => v.Id == versionId) == true);
            }

            _found[(code, versionId)] = policy;
            return policy;
        }

        private static PolicyDefinition? Parse(PolicyDocument document)
        {
            try
            {
                return Rules.Loading.PolicyLoader.Parse(document.Yaml, $"{document.Code}.yaml");
            }
            catch (Rules.Loading.PolicyValidationException)
            {
                return null;
            }
        }
    }
}
