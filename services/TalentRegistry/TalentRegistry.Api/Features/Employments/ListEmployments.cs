using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Employments;

/// <summary>A talent's employment records by start date (a page), for whoever may read the talent; reads by HR are audited.</summary>
public static class ListEmployments
{
    public const int DefaultTake = 100;

    public static async Task<IResult> HandleAsync(
        Guid id, int? skip, int? take, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var page = Page.Of(skip, take, DefaultTake);
        var caller = Caller.From(http.User);
        var (talent, employments) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanRead, cancellationToken);
        await PersonalDataAudit.RecordAsync(store, caller, talent.Id, PersonalDataAudit.ReadEmployments, time, cancellationToken);
        return TypedResults.Ok(employments.OrderBy(e => e.StartDate).Skip(page.Skip).Take(page.Take).Select(EmploymentResponse.From).ToList());
    }
}
