using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>Who may see and change what in housing, stated once. Graduates: their own resident record, applications,
/// offers, leases and the service requests raised for them. HR: the service requests raised for their employer.
/// Street officials: residents working in their street, the waiting-list entries that can be housed there (no project
/// preference, or a project in their street), offers, leases, units and service requests in their street. Zone
/// officials and admins: everything. Roles are declared on the endpoints (<see cref="AccessRules"/>); the record rules
/// here are applied by the loaders below ("load or 404, in scope or 403") before any state is looked at.</summary>
public static class HousingAccess
{
    public static bool IsStaff(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsOfficial || caller.IsAdmin;
    }

    /// <summary>The talent themself, or officials covering the street of their current employment.</summary>
    public static bool CanRead(Caller caller, Resident resident, Employment? current)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(resident);
        return IsTalent(caller, resident.Id) || caller.SeesWholeZone || (current is not null && caller.CoversStreet(current.Street));
    }

    /// <summary>The talent, or officials of a street it can be housed in: an application without a project preference
    /// can be housed anywhere, one with a preference only in that project's street.</summary>
    public static bool CanRead(Caller caller, HousingApplication application)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(application);
        return IsTalent(caller, application.TalentId)
            || caller.SeesWholeZone
            || (caller.IsOfficial && (application.PreferredProjectId is null || caller.CoversStreet(application.PreferredStreet)));
    }

    public static bool CanRead(Caller caller, Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return IsTalent(caller, offer.TalentId) || caller.CoversStreet(offer.Street);
    }

    /// <summary>Only the talent an offer was made to accepts or refuses it.</summary>
    public static bool CanAnswer(Caller caller, Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return IsTalent(caller, offer.TalentId);
    }

    public static bool CanRead(Caller caller, Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return IsTalent(caller, lease.TalentId) || caller.CoversStreet(lease.Street);
    }

    /// <summary>Officials covering the street of the project manage its units.</summary>
    public static bool CanManage(Caller caller, string street)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.CoversStreet(street);
    }

    /// <summary>The talent a request was raised for, HR of the employer it was raised for, officials covering its street.</summary>
    public static bool CanRead(Caller caller, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        return caller.Role switch
        {
            Roles.Graduate => request.TalentId is { } talentId && IsTalent(caller, talentId),
            Roles.EmployerHr => caller.EmployerId is { } employerId && request.EmployerId == employerId,
            _ => caller.CoversStreet(request.Street),
        };
    }

    /// <summary>Graduates and HR withdraw the requests raised for them or their employer; officials handle them.</summary>
    public static void DemandMayPerform(Caller caller, string action)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var withdraw = action == "withdraw";
        if (withdraw != (caller.IsGraduate || caller.IsEmployerHr))
        {
            throw ProblemException.Forbidden(withdraw
                ? "Requests are withdrawn by the talent or the employer they were raised for."
                : $"Only officials covering the request's street {action} it.");
        }
    }

    /// <summary>A street named in a body or query must lie in the caller's scope.</summary>
    public static void DemandStreet(Caller caller, string street)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CoversStreet(street))
        {
            throw ProblemException.Forbidden($"{street} is outside your scope.");
        }
    }

    /// <summary>Each service category names the roles that raise it.</summary>
    public static void DemandMayRaise(Caller caller, ServiceCategory category)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(category);
        if (!category.RaisedBy.Contains(caller.Role))
        {
            throw ProblemException.Forbidden($"{category.Name} requests are raised by {string.Join(" or ", category.RaisedBy)}.");
        }
    }

    /// <summary>A service request for a talent: graduates raise their own; HR raise for a talent currently employed by
    /// their employer.</summary>
    public static void DemandRaiseFor(Caller caller, Guid talentId, Employment? current)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var allowed = caller.IsGraduate ? IsTalent(caller, talentId) : caller.EmployerId is { } employerId && current?.EmployerId == employerId;
        if (!allowed)
        {
            throw ProblemException.Forbidden($"Talent {talentId} is outside your scope: raise requests for yourself (graduates) or your employer's staff (HR).");
        }
    }

    /// <summary>The talent id of a graduate's account (a graduate acting for themself).</summary>
    public static Guid OwnTalentId(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.TalentId ?? throw ProblemException.Forbidden("This account has no talent record.");
    }

    /// <summary>The employer id of an HR account.</summary>
    public static Guid OwnEmployerId(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.EmployerId ?? throw ProblemException.Forbidden("This HR account is not bound to an employer.");
    }

    public static Task<Lease> LoadLeaseAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken) =>
        store.LoadInScopeAsync<Lease>(id, l => CanRead(caller, l), "Lease", cancellationToken);

    public static Task<Offer> LoadOfferAsync(IStore store, Caller caller, Guid id, Func<Caller, Offer, bool> rule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return store.LoadInScopeAsync<Offer>(id, o => rule(caller, o), "Offer", cancellationToken);
    }

    public static Task<HousingApplication> LoadApplicationAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken) =>
        store.LoadInScopeAsync<HousingApplication>(id, a => CanRead(caller, a), "Application", cancellationToken);

    public static Task<ServiceRequest> LoadServiceRequestAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken) =>
        store.LoadInScopeAsync<ServiceRequest>(id, r => CanRead(caller, r), "Service request", cancellationToken);

    public static Task<ApartmentProject> LoadProjectAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken) =>
        store.LoadInScopeAsync<ApartmentProject>(id, p => CanManage(caller, p.Street), "Project", cancellationToken);

    public static Task<ApartmentUnit> LoadUnitAsync(IStore store, Caller caller, Guid id, CancellationToken cancellationToken) =>
        store.LoadInScopeAsync<ApartmentUnit>(id, u => CanManage(caller, u.Street), "Unit", cancellationToken);

    /// <summary>The resident with their current employment: 404 when housing does not know the talent, 403 outside scope.</summary>
    public static async Task<(Resident Resident, Employment? Current)> LoadResidentAsync(IStore store, Caller caller, Guid talentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        Employment? current = null;
        var resident = await store.LoadInScopeAsync<Resident>(
            talentId,
            async r =>
            {
                current = await CurrentEmploymentAsync(store, r.Id, cancellationToken);
                return CanRead(caller, r, current);
            },
            "Resident",
            cancellationToken);
        return (resident, current);
    }

    public static async Task<Employment?> CurrentEmploymentAsync(IStore store, Guid talentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Employment.CurrentOf(await store.FindAsync<Employment>(e => e.TalentId == talentId, cancellationToken: cancellationToken));
    }

    /// <summary>A record a request body names: 400 naming <paramref name="field"/> when it does not exist, 403 outside scope.</summary>
    public static async Task<T> LoadNamedAsync<T>(IStore store, Guid id, Func<T, bool> inScope, string field, string what, CancellationToken cancellationToken)
        where T : class, IAggregate
    {
        try
        {
            return await store.LoadInScopeAsync(id, inScope, what, cancellationToken);
        }
        catch (ProblemException missing) when (missing.StatusCode == StatusCodes.Status404NotFound)
        {
            throw new InvalidFieldException(field, missing.Message);
        }
    }

    private static bool IsTalent(Caller caller, Guid talentId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsGraduate && caller.TalentId == talentId;
    }
}
