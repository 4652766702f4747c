using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Employments;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employers;

/// <summary>An employer's employment records (declared, confirmed, ended): for its HR, officials covering its street, admins.</summary>
public static class ListHires
{
    public static async Task<IResult> HandleAsync(
        Guid id, string? status, int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var employer = await TalentAccess.EmployerAsync(store, id, cancellationToken);
        if (!TalentAccess.CoversEmployer(Caller.From(http.User), employer))
        {
            throw ProblemException.Forbidden($"You may not see the hires of {employer.Name}.");
        }

        var wanted = status is null ? (EmploymentStatus?)null
            : EnumText.ParseOrNull<EmploymentStatus>(status) ?? throw new InvalidFieldException("status", $"status must be one of {EnumText.Names<EmploymentStatus>()}.");
        var options = new QueryOptions<Employment>(e => e.DeclaredAt, Descending: true, Skip: Math.Max(skip ?? 0, 0), Take: Math.Clamp(take ?? 100, 1, 1000));
        var hires = wanted is { } only
            ? await store.FindAsync<Employment>(e => e.EmployerId == id && e.Status == only, options, cancellationToken)
            : await store.FindAsync<Employment>(e => e.EmployerId == id, options, cancellationToken);
        return TypedResults.Ok(hires.Select(EmploymentResponse.From).ToList());
    }
}
