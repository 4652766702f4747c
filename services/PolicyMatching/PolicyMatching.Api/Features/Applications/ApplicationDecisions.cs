using TalentPortal.Contracts.PolicyMatching;
using TalentPortal.PolicyMatching.Domain;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Infrastructure;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Every transition after submission. Each loads the application, checks the caller's scope, lets the
/// aggregate decide (409 with the current state when the move is illegal) and commits with its events.</summary>
public static class ApplicationDecisions
{
    public static async Task<Application> LoadAsync(IStore store, Guid id, CancellationToken cancellationToken) =>
        await store.GetAsync<Application>(id, cancellationToken) ?? throw ProblemException.NotFound($"Application {id} does not exist.");

    public static bool CanSee(Caller caller, Application application) =>
        (caller.IsGraduate && caller.TalentId == application.TalentId)
        || (caller.IsEmployerHr && caller.EmployerId is { } employer && application.EmployerId == employer)
        || caller.CoversStreet(application.Street);

    public static void EnsureReviewer(Caller caller, Application application)
    {
        if (!caller.CoversStreet(application.Street))
        {
            throw ProblemException.Forbidden("Only officials whose scope covers the applicant's street review this application.");
        }
    }

    public static void EnsureApplicant(Caller caller, Application application)
    {
        var own = (caller.IsGraduate && caller.TalentId == application.TalentId)
            || (caller.IsEmployerHr && caller.EmployerId is { } employer && application.EmployerId == employer);
        if (!own)
        {
            throw ProblemException.Forbidden("Only the applicant (or their employer's HR) can do this.");
        }
    }

    private static Actor ActorOf(Caller caller) => new(caller.AccountId, caller.Role);

    private static async Task<IResult> CommitAsync(IStore store, Application application, CancellationToken cancellationToken, params object[] events)
    {
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        foreach (var e in events)
        {
            unitOfWork.Publish(e);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(ApplicationResponse.From(application));
    }

    private static ApplicationDecided Decided(Application a, string decision, string? reason, Caller caller, TimeProvider time) =>
        new(a.Id, a.TalentId, a.PolicyCode, decision, reason, caller.AccountId, time.GetUtcNow());

    public static async Task<IResult> ConfirmByEmployerAsync(Guid id, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        if (!caller.IsEmployerHr || caller.EmployerId is null || application.EmployerId != caller.EmployerId)
        {
            throw ProblemException.Forbidden("Only HR staff of the applicant's employer confirm the employment.");
        }

        application.ConfirmByEmployer(ActorOf(caller), time.GetUtcNow());
        return await CommitAsync(store, application, ct);
    }

    public static async Task<IResult> ReturnAsync(Guid id, ReasonRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureReviewer(caller, application);
        application.ReturnForDocuments(ActorOf(caller), time.GetUtcNow(), request.Reason!);
        return await CommitAsync(store, application, ct, Decided(application, "Returned", request.Reason, caller, time));
    }

    public static async Task<IResult> RejectAsync(Guid id, ReasonRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureReviewer(caller, application);
        application.Reject(ActorOf(caller), time.GetUtcNow(), request.Reason!);
        return await CommitAsync(store, application, ct, Decided(application, "Rejected", request.Reason, caller, time));
    }

    public static async Task<IResult> ResubmitAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureApplicant(caller, application);
        application.Resubmit(ActorOf(caller), time.GetUtcNow(), request?.Reason);
        return await CommitAsync(store, application, ct);
    }

    public static async Task<IResult> WithdrawAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureApplicant(caller, application);
        application.Withdraw(ActorOf(caller), time.GetUtcNow(), request?.Reason);
        return await CommitAsync(store, application, ct);
    }

    public static async Task<IResult> StartNoticeAsync(Guid id, ReasonRequest? request, HttpContext http, IStore store, WorkingDayCalendar calendar, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureReviewer(caller, application);
        application.StartPublicNotice(ActorOf(caller), time.GetUtcNow(), calendar, request?.Reason);
        return await CommitAsync(store, application, ct, Decided(application, "PublicNotice", request?.Reason, caller, time));
    }

    public static async Task<IResult> ObjectAsync(Guid id, ObjectionRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        application.LodgeObjection(ActorOf(caller), time.GetUtcNow(), request.Text!);
        return await CommitAsync(store, application, ct);
    }

    public static async Task<IResult> ResolveObjectionAsync(Guid id, Guid objectionId, ResolveObjectionRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureReviewer(caller, application);
        application.ResolveObjection(objectionId, request.Upheld!.Value, ActorOf(caller), time.GetUtcNow(), request.Resolution!);
        return application.State == ApplicationState.Rejected
            ? await CommitAsync(store, application, ct, Decided(application, "Rejected", request.Resolution, caller, time))
            : await CommitAsync(store, application, ct);
    }

    /// <summary>Approval after the notice: the ledger entries (unique per person and policy / exclusion group), the
    /// schedule and <c>BenefitGranted</c> commit together, so a person is never granted the same benefit twice.</summary>
    public static async Task<IResult> ApproveAsync(Guid id, HttpContext http, IStore store, EligibilityEvaluator eligibility, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await LoadAsync(store, id, ct);
        EnsureReviewer(caller, application);
        var now = time.GetUtcNow();
        var today = eligibility.Today;
        application.Approve(ActorOf(caller), now, today);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        if (application.OncePerPerson)
        {
            unitOfWork.Insert(new LedgerEntry { Key = LedgerEntry.PolicyKey(application.PersonKey, application.PolicyCode), PersonKey = application.PersonKey, PolicyCode = application.PolicyCode, ApplicationId = application.Id, GrantedAt = now });
        }

        if (application.ExclusionGroup is { } group)
        {
            unitOfWork.Insert(new LedgerEntry { Key = LedgerEntry.GroupKey(application.PersonKey, group), PersonKey = application.PersonKey, PolicyCode = application.PolicyCode, ApplicationId = application.Id, GrantedAt = now });
        }

        if (await store.GetAsync<TalentFacts>(application.TalentId, ct) is { } facts)
        {
            facts.Hold(application.PolicyCode);
            unitOfWork.Update(facts);
        }

        unitOfWork.Publish(Decided(application, "Approved", null, caller, time));
        unitOfWork.Publish(new BenefitGranted(
            application.Id, application.TalentId, application.PersonKey, application.PolicyCode, application.BenefitKind, application.Amount,
            [.. application.RentSteps.Select(s => new RentStepInfo(s.LeaseYear, s.DiscountPercent))], today, now));
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DuplicateKeyException)
        {
            throw ProblemException.Conflict(
                $"This person was already granted {application.PolicyCode} or another benefit of its exclusion group; nothing was granted.",
                new Dictionary<string, object?> { ["state"] = ApplicationState.PublicNotice.ToString() });
        }

        return TypedResults.Ok(ApplicationResponse.From(application));
    }
}
