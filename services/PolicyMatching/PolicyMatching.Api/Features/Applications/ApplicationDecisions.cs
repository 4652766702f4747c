using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using Access = TalentPortal.PolicyMatching.Infrastructure.PolicyMatchingAccess;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>What the transitions after submission share (one use case a file: ConfirmByEmployer,
/// ReturnForDocuments, RejectApplication, ResubmitApplication, WithdrawApplication, StartPublicNotice, ResolveObjection,
/// ApproveApplication). Each loads the application in the caller's scope (403 outside it, before any state is looked
/// at), lets the aggregate decide (409 with the current state when the move is illegal) and commits with its events.</summary>
public static class ApplicationDecisions
{
    /// <summary>Most objections listed with an application (the open count covers them all).</summary>
    public const int MaxObjectionsListed = 200;

    internal static Actor ActorOf(Caller caller) => new(caller.AccountId, caller.Role);

    internal static Task<Application> LoadAsync(IStore store, Guid id, Caller caller, Func<Application, Task<bool>> inScope, CancellationToken ct) =>
        Access.LoadAsync(store, id, caller, inScope, "Application", ct);

    internal static Task<Application> LoadAsync(IStore store, Guid id, Caller caller, Func<Application, bool> inScope, CancellationToken ct) =>
        Access.LoadAsync(store, id, caller, inScope, "Application", ct);

    internal static Task<IReadOnlyList<Objection>> ObjectionsOfAsync(IStore store, Guid applicationId, CancellationToken ct) =>
        store.FindAsync<Objection>(o => o.ApplicationId == applicationId, new QueryOptions<Objection>(o => o.LodgedAt, Take: MaxObjectionsListed), ct);

    internal static async Task<ApplicationResponse> ViewAsync(IStore store, Application application, Caller caller, CancellationToken ct) =>
        ApplicationResponse.From(application, await ObjectionsOfAsync(store, application.Id, ct), caller);

    internal static async Task<IResult> CommitAsync(IStore store, Application application, Caller caller, CancellationToken ct, params object[] events)
    {
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        foreach (var e in events)
        {
            unitOfWork.Publish(e);
        }

        await unitOfWork.CommitAsync(ct);
        return TypedResults.Ok(await ViewAsync(store, application, caller, ct));
    }

    internal static ApplicationDecided Decided(Application a, string decision, string? reason, Caller caller, TimeProvider time) =>
        new(a.Id, a.TalentId, a.PolicyCode, decision, reason, caller.AccountId, time.GetUtcNow());
}
