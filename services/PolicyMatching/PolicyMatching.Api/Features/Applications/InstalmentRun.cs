using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Pays the instalments due by a date. Before each one the conditions that must still hold are re-checked
/// (employed at a zone employer; not holding a benefit that excludes this one); a failure suspends it with the
/// reason, a pass records the payment. Each application commits on its own, so a rerun never pays twice.</summary>
public static class InstalmentRun
{
    public static async Task<IResult> HandleAsync(InstalmentRunRequest? request, HttpContext http, IStore store, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var asOf = request?.AsOf ?? eligibility.Today;
        var approved = await store.FindAsync<Application>(a => a.State == ApplicationState.Approved, cancellationToken: ct);
        int checkedCount = 0, paid = 0, suspended = 0;
        var notes = new List<string>();
        foreach (var application in approved.Where(a => caller.CoversStreet(a.Street)))
        {
            var due = application.Instalments.Where(i => i.State != InstalmentState.Paid && i.DueDate <= asOf).OrderBy(i => i.Number).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var facts = await store.GetAsync<TalentFacts>(application.TalentId, ct);
            var unitOfWork = store.BeginUnitOfWork();
            var now = time.GetUtcNow();
            var actor = new Actor(caller.AccountId, caller.Role);
            foreach (var instalment in due)
            {
                checkedCount++;
                if (Recheck(application, facts, asOf) is { } reason)
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
            }
        }

        return TypedResults.Ok(new InstalmentRunResponse(asOf, checkedCount, paid, suspended, notes));
    }

    /// <summary>Why an instalment may not be paid on <paramref name="asOf"/>, or null when it may.</summary>
    public static string? Recheck(Application application, TalentFacts? facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (facts is null)
        {
            return "The talent's facts are not available.";
        }

        if (!facts.EmployedOn(asOf) || facts.EmployerInZone == false)
        {
            return facts.EmploymentEnd is { } end
                ? $"No longer employed at a zone employer (employment ended {end:yyyy-MM-dd})."
                : "Not employed at a zone employer.";
        }

        if (application.ExclusionGroup == "housing" && application.BenefitKind != "TalentApartment" && facts.HeldBenefits.Contains(TalentFacts.TalentApartmentBenefit))
        {
            return "Lives in a talent apartment; the housing exclusion group allows one housing benefit at a time.";
        }

        return null;
    }
}
