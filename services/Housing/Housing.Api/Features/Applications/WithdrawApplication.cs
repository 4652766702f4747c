using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>The talent leaves the waiting list (only while waiting: an offer must be answered first).</summary>
public static class WithdrawApplication
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var application = await HousingAccess.LoadApplicationAsync(store, Caller.From(http.User), id, cancellationToken);
        application.Withdraw(time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application, null, null));
    }
}
