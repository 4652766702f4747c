using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Infrastructure;

/// <summary>
/// Who may see and act on what in policy-matching, stated once. A graduate covers themself; HR covers a person while
/// their employer employs them (the employment has not ended), so scope ends with the employment; a street official
/// covers their street and zone officials and admins the whole zone. Records load through
/// <see cref="ScopedLoader.LoadInScopeAsync{T}(IStore, Guid, Func{T, Task{bool}}, string, CancellationToken)"/>; a caller
/// whose scope is partial gets the same 403 for a record that does not exist as for one outside their scope, so the
/// answer reveals nothing about what exists.
/// </summary>
public static class PolicyMatchingAccess
{
    /// <summary>Whether HR's employer employs the person today.</summary>
    public static bool Employs(Caller caller, TalentFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(facts);
        return caller.IsEmployerHr && caller.EmployerId is { } employer && facts.EmployerId == employer && !(facts.EmploymentEnd < today);
    }

    /// <summary>A talent's results: the graduate, HR of their current employer, officials covering their street.</summary>
    public static bool SeesResults(Caller caller, TalentFacts facts, DateOnly today) =>
        IsSelf(caller, facts.Id) || Employs(caller, facts, today) || caller.CoversStreet(facts.Street);

    /// <summary>A talent's facts: the graduate and officials covering their street (HR reads results, not facts).</summary>
    public static bool SeesFacts(Caller caller, TalentFacts facts) => IsSelf(caller, facts.Id) || caller.CoversStreet(facts.Street);

    /// <summary>An application: the applicant, officials covering its street, HR of the employer named on it while
    /// that employer still employs the applicant.</summary>
    public static async Task<bool> SeesApplicationAsync(Caller caller, Application application, IStore store, DateOnly today, CancellationToken ct) =>
        IsSelf(caller, application.TalentId) || Reviews(caller, application) || await EmployerStillEmploysAsync(caller, application, store, today, ct);

    /// <summary>Decisions on an application (review, notice, objections, approval): officials covering its street.</summary>
    public static bool Reviews(Caller caller, Application application) => caller.CoversStreet(application.Street);

    /// <summary>Withdrawing or resubmitting: the applicant; HR only for an application HR submitted, while the employer
    /// still employs the applicant. A graduate's own application is theirs alone.</summary>
    public static async Task<bool> ActsForApplicantAsync(Caller caller, Application application, IStore store, DateOnly today, CancellationToken ct) =>
        IsSelf(caller, application.TalentId)
        || (application.WasSubmittedByHr() && await EmployerStillEmploysAsync(caller, application, store, today, ct));

    /// <summary>Confirming the employment: HR of the employer named on the application, while it employs the applicant.</summary>
    public static Task<bool> ConfirmsEmploymentAsync(Caller caller, Application application, IStore store, DateOnly today, CancellationToken ct) =>
        EmployerStillEmploysAsync(caller, application, store, today, ct);

    /// <summary>Loads a record its route names: 404 when it does not exist for a caller who sees the whole zone (or
    /// for a graduate's own talent id), 403 when it is outside the caller's scope — and 403 too when it does not exist
    /// for a caller whose scope is partial.</summary>
    public static async Task<T> LoadAsync<T>(IStore store, Guid id, Caller caller, Func<T, Task<bool>> inScope, string what, CancellationToken ct)
        where T : class, IAggregate
    {
        ArgumentNullException.ThrowIfNull(caller);
        try
        {
            return await store.LoadInScopeAsync(id, inScope, what, ct);
        }
        catch (ProblemException e) when (e.StatusCode == StatusCodes.Status404NotFound && !caller.SeesWholeZone && !IsSelf(caller, id))
        {
            throw ProblemException.Forbidden($"{what} {id} is outside your scope.");
        }
    }

    public static Task<T> LoadAsync<T>(IStore store, Guid id, Caller caller, Func<T, bool> inScope, string what, CancellationToken ct)
        where T : class, IAggregate =>
        LoadAsync<T>(store, id, caller, record => Task.FromResult(inScope(record)), what, ct);

    private static bool IsSelf(Caller caller, Guid talentId) => caller.IsGraduate && caller.TalentId == talentId;

    private static async Task<bool> EmployerStillEmploysAsync(Caller caller, Application application, IStore store, DateOnly today, CancellationToken ct) =>
        caller.IsEmployerHr && caller.EmployerId is { } employer && application.EmployerId == employer
        && await store.GetAsync<TalentFacts>(application.TalentId, ct) is { } facts && Employs(caller, facts, today);
}
