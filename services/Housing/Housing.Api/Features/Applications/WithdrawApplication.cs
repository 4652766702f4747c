using TalentPortal.Housing.Domain;
using TalentPortal.Housing.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Applications;

/// <summary>The talent leaves the waiting list (only while waiting: an offer must be answered first).</summary>
public static class WithdrawApplication
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var talentId = HousingAccess.RequireGraduate(Caller.From(http.User));
        var application = await store.GetAsync<HousingApplication>(id, cancellationToken) ?? throw ProblemException.NotFound($"Application {id} does not exist.");
        if (application.TalentId != talentId)
        {
            throw ProblemException.Forbidden("You may only withdraw your own application.");
        }

        application.Withdraw(time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application, null, null));
    }
}
