using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Features.Employments;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employers;

/// <summary>An employer's employment records (declared, confirmed, ended), newest first, a page at a time: for its HR,
/// officials covering its street, admins.</summary>
public static class ListHires
{
    public const int DefaultTake = 100;

    public static async Task<IResult> HandleAsync(
        Guid id, string? status, int? skip, int? take, HttpContext http, IStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var employer = await TalentAccess.LoadEmployerAsync(store, id, e => TalentAccess.CoversEmployer(caller, e), cancellationToken);
        var page = Page.Of(skip, take, DefaultTake);
        var wanted = status is null ? (EmploymentStatus?)null
            : EnumText.ParseOrNull<EmploymentStatus>(status) ?? throw new InvalidFieldException("status", $"status must be one of {EnumText.Names<EmploymentStatus>()}.");
        var options = new QueryOptions<Employment>(e => e.DeclaredAt, Descending: true, Skip: page.Skip, Take: page.Take);
        var hires = wanted is { } only
            ? await store.FindAsync<Employment>(e => e.EmployerId == employer.Id && e.Status == only, options, cancellationToken)
            : await store.FindAsync<Employment>(e => e.EmployerId == employer.Id, options, cancellationToken);
        return TypedResults.Ok(hires.Select(EmploymentResponse.From).ToList());
    }
}
