using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Who may see and change what, stated once. Graduates: their own record. HR: talents with a current
/// (declared or confirmed) employment at their employer. Street officials: talents with a current employment in their
/// street. Zone officials and admins: everything. The account that registered a talent keeps it in scope only until a
/// first employment is recorded; from then on scope follows the current employments, so it ends when they end.
/// Roles are declared on the endpoints (<see cref="AccessRules"/>); the record rules here are applied by the loaders
/// below ("load or 404, in scope or 403").</summary>
public static class TalentAccess
{
    public static bool CanRead(Caller caller, Talent talent, IReadOnlyCollection<Employment> employments)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(employments);
        if (caller.SeesWholeZone)
        {
            return true;
        }

        if (caller.IsGraduate || (!caller.IsEmployerHr && !caller.IsOfficial))
        {
            return caller.IsGraduate && caller.TalentId == talent.Id;
        }

        return employments.Any(e => e.IsCurrent && CoversEmployment(caller, e)) || (employments.Count == 0 && talent.RegisteredBy == caller.AccountId);
    }

    /// <summary>The graduate themself, officials in scope and admins; HR never edits a profile.</summary>
    public static bool CanEditProfile(Caller caller, Talent talent, IReadOnlyCollection<Employment> employments) =>
        !caller.IsEmployerHr && CanRead(caller, talent, employments);

    /// <summary>The graduate themself and HR in scope upload evidence documents for the talent's facts.</summary>
    public static bool CanUploadEvidence(Caller caller, Talent talent, IReadOnlyCollection<Employment> employments) =>
        (caller.IsGraduate || caller.IsEmployerHr) && CanRead(caller, talent, employments);

    /// <summary>The graduate themself asks for a classification decision (<see cref="Facts.Classifications"/>).</summary>
    public static bool CanRequestClassification(Caller caller, Talent talent, IReadOnlyCollection<Employment> employments) =>
        caller.IsGraduate && CanRead(caller, talent, employments);

    /// <summary>Officials whose scope covers the talent (as for reading it) and admins check identities and facts, set
    /// the talent tier and decide what graduates declared.</summary>
    public static bool CanVerify(Caller caller, Talent talent, IReadOnlyCollection<Employment> employments) =>
        (caller.IsOfficial || caller.IsAdmin) && CanRead(caller, talent, employments);

    /// <summary>Claims are decided by zone officials and admins, and by street officials when the claimed record has a
    /// current employment in their street.</summary>
    public static bool CanDecideClaim(Caller caller, IReadOnlyCollection<Employment> existingEmployments)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(existingEmployments);
        return caller.SeesWholeZone || (caller.IsOfficial && existingEmployments.Any(e => e.IsCurrent && caller.CoversStreet(e.Street)));
    }

    /// <summary>The talents a street official's lists show: those with a current employment in their street.</summary>
    public static async Task<HashSet<Guid>> TalentsInStreetAsync(IStore store, string street, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var employments = await store.FindAsync<Employment>(e => e.Street == street && e.Status != EmploymentStatus.Ended, cancellationToken: cancellationToken);
        return [.. employments.Select(e => e.TalentId)];
    }

    /// <summary>Whether the caller may record an employment at <paramref name="employer"/> on a talent in their scope: the
    /// graduate (any employer, declared), HR of that employer (confirmed at once), officials covering its street, admins.</summary>
    public static bool MayRecordEmploymentAt(Caller caller, Employer employer)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsGraduate || RecordsHiresFor(caller, employer) || (caller.IsOfficial && CoversEmployer(caller, employer));
    }

    /// <summary>HR of this employer (or an admin) records and confirms its hires.</summary>
    public static bool RecordsHiresFor(Caller caller, Employer employer)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(employer);
        return caller.IsAdmin || (caller.IsEmployerHr && caller.EmployerId == employer.Id);
    }

    /// <summary>HR of the employment's employer (or an admin) confirms it.</summary>
    public static bool CanConfirm(Caller caller, Employment employment)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(employment);
        return caller.IsAdmin || (caller.IsEmployerHr && caller.EmployerId == employment.EmployerId);
    }

    /// <summary>HR of the employment's employer, or an official whose scope covers its street.</summary>
    public static bool CoversEmployment(Caller caller, Employment employment)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(employment);
        return caller.IsEmployerHr ? caller.EmployerId == employment.EmployerId : caller.CoversStreet(employment.Street);
    }

    /// <summary>HR of this employer, or an official covering its street.</summary>
    public static bool CoversEmployer(Caller caller, Employer employer)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(employer);
        return caller.IsEmployerHr ? caller.EmployerId == employer.Id : caller.CoversStreet(employer.Street);
    }

    /// <summary>An import belongs to the employer or street it was submitted for: HR of that employer, officials
    /// covering that street, zone officials and admins, and the account that submitted it.</summary>
    public static bool CanReadImport(Caller caller, ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(job);
        return caller.SeesWholeZone || job.SubmittedBy == caller.AccountId
            || (caller.IsEmployerHr && job.EmployerScope is { } employer && caller.EmployerId == employer)
            || (caller.IsOfficial && job.Street is { } street && caller.CoversStreet(street));
    }

    /// <summary>Loads the talent the route names with its employments: 404 when it does not exist, 403 when
    /// <paramref name="rule"/> does not cover it.</summary>
    public static async Task<(Talent Talent, IReadOnlyList<Employment> Employments)> LoadTalentAsync(
        IStore store, Caller caller, Guid talentId, Func<Caller, Talent, IReadOnlyCollection<Employment>, bool> rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rule);
        IReadOnlyList<Employment> employments = [];
        var talent = await store.LoadInScopeAsync<Talent>(
            talentId,
            async t =>
            {
                employments = await store.FindAsync<Employment>(e => e.TalentId == t.Id, cancellationToken: cancellationToken);
                return rule(caller, t, employments);
            },
            "Talent",
            cancellationToken);
        return (talent, employments);
    }

    /// <summary>Loads the employment the route names under its talent: 404 when it does not exist (or belongs to another
    /// talent), 403 when <paramref name="inScope"/> does not cover it.</summary>
    public static async Task<Employment> LoadEmploymentAsync(
        IStore store, Guid talentId, Guid employmentId, Func<Employment, bool> inScope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inScope);
        var employment = await store.LoadInScopeAsync<Employment>(
            employmentId, e => e.TalentId != talentId || inScope(e), "Employment", cancellationToken);
        return employment.TalentId == talentId ? employment : throw ProblemException.NotFound($"Talent {talentId} has no employment {employmentId}.");
    }

    /// <summary>Loads the employer the route or body names: 404 when it does not exist, 403 when <paramref name="inScope"/>
    /// does not cover it.</summary>
    public static Task<Employer> LoadEmployerAsync(IStore store, Guid employerId, Func<Employer, bool> inScope, CancellationToken cancellationToken) =>
        store.LoadInScopeAsync(employerId, inScope, "Employer", cancellationToken);

    /// <summary>The street a request names must lie in the caller's scope (no street: the whole zone, for zone officials
    /// and admins): registering employers, setting targets, reading intake figures.</summary>
    public static void DemandStreet(Caller caller, string? street)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (street is null ? !caller.SeesWholeZone : !caller.CoversStreet(street))
        {
            throw ProblemException.Forbidden(street is null
                ? "Only zone officials and admins act for the whole zone."
                : $"{street} is outside your scope.");
        }
    }

    /// <summary>Full national IDs and phones are shown to officials and admins only, and every reveal is audited.</summary>
    public static void DemandReveal(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsOfficial && !caller.IsAdmin)
        {
            throw ProblemException.Forbidden("Only officials may reveal full personal data.");
        }
    }

    /// <summary>A graduate registers under the talent id of their account.</summary>
    public static Guid OwnTalentId(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent id to register.");
    }

    /// <summary>HR acts for the employer of their account.</summary>
    public static Guid OwnEmployerId(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.EmployerId ?? throw ProblemException.Forbidden("This HR account is not bound to an employer.");
    }
}
