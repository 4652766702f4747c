using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Who may see and change what. Graduates: their own record. HR: talents they registered or that hold a
/// current (declared or confirmed) employment at their employer. Street officials: talents they registered or with a
/// current employment in their street. Zone officials and admins: everything.</summary>
public static class TalentAccess
{
    public static bool CanRead(Caller caller, Talent talent, IEnumerable<Employment> employments)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(talent);
        if (caller.SeesWholeZone || (caller.IsGraduate && caller.TalentId == talent.Id))
        {
            return true;
        }

        if (caller.IsGraduate || (!caller.IsEmployerHr && !caller.IsOfficial))
        {
            return false;
        }

        return talent.RegisteredBy == caller.AccountId || employments.Any(e => e.IsCurrent && CoversEmployment(caller, e));
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

    /// <summary>Loads a talent the caller may read, with its employments: 404 when missing, 403 when out of scope.</summary>
    public static async Task<(Talent Talent, IReadOnlyList<Employment> Employments)> ReadableAsync(
        IStore store, Caller caller, Guid talentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var talent = await store.GetAsync<Talent>(talentId, cancellationToken) ?? throw ProblemException.NotFound($"Talent {talentId} does not exist.");
        var employments = await store.FindAsync<Employment>(e => e.TalentId == talentId, cancellationToken: cancellationToken);
        return CanRead(caller, talent, employments)
            ? (talent, employments)
            : throw ProblemException.Forbidden("You may not read this talent's record.");
    }

    public static async Task<Employer> EmployerAsync(IStore store, Guid employerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync<Employer>(employerId, cancellationToken) ?? throw ProblemException.NotFound($"Employer {employerId} does not exist.");
    }
}
