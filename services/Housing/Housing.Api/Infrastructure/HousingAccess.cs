using TalentPortal.Housing.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.Housing.Infrastructure;

/// <summary>Who may see and change what in housing. Graduates: their own applications, offers, leases and requests.
/// HR: the requests raised for their employer. Officials: apartments, leases and requests in their street (street
/// officials) or the whole zone (zone officials, admins); the waiting list is visible to every official because it is
/// one queue for the zone.</summary>
public static class HousingAccess
{
    public static bool IsStaff(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsOfficial || caller.IsAdmin;
    }

    public static void RequireStaff(Caller caller)
    {
        if (!IsStaff(caller))
        {
            throw ProblemException.Forbidden("Only officials may do this.");
        }
    }

    public static void RequireStreet(Caller caller, string street)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.CoversStreet(street))
        {
            throw ProblemException.Forbidden($"Your scope does not cover {street}.");
        }
    }

    public static Guid RequireGraduate(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsGraduate && caller.TalentId is { } talentId
            ? talentId
            : throw ProblemException.Forbidden("Only a graduate with a talent record may do this.");
    }

    public static bool CanRead(Caller caller, Guid talentId, string street)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return (caller.IsGraduate && caller.TalentId == talentId) || caller.CoversStreet(street);
    }

    public static bool CanRead(Caller caller, ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        return caller.Role switch
        {
            Roles.Graduate => caller.TalentId is not null && caller.TalentId == request.TalentId,
            Roles.EmployerHr => caller.EmployerId is not null && caller.EmployerId == request.EmployerId,
            _ => caller.CoversStreet(request.Street),
        };
    }
}
