using System.Globalization;
using Microsoft.Extensions.Options;
using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>Anyone signed in may object during a public notice (公示), within limits that keep objections from
/// being used to block approvals: one open objection per account per application (unique in the store), and at most
/// <see cref="ObjectionLimits.PerAccount"/> per <see cref="ObjectionLimits.Window"/> per account (429 with Retry-After).
/// The objection is stored on its own; the application only counts it.</summary>
public static class LodgeObjection
{
    public static async Task<IResult> HandleAsync(
        Guid id, ObjectionRequest request, HttpContext http, IStore store, IOptions<ObjectionLimits> limits, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var application = await store.GetAsync<Application>(id, ct) ?? throw ProblemException.NotFound($"Application {id} does not exist.");
        var now = time.GetUtcNow();
        if (await RetryAfterAsync(store, caller.AccountId, limits.Value, now, ct) is { } wait)
        {
            var seconds = (long)Math.Ceiling(wait.TotalSeconds);
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many objections",
                detail: $"An account may lodge {limits.Value.PerAccount} objections per {limits.Value.Window}; try again in {seconds} seconds.",
                extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        }

        var openKey = Objection.OpenKeyOf(application.Id, caller.AccountId);
        if ((await store.FindAsync<Objection>(o => o.OpenKey == openKey, new QueryOptions<Objection>(Take: 1), ct)).Count > 0)
        {
            throw OpenAlready();
        }

        var objection = application.LodgeObjection(ApplicationDecisions.ActorOf(caller), now, request.Text!);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(application);
        unitOfWork.Insert(objection);
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DuplicateKeyException)
        {
            throw OpenAlready();
        }

        return TypedResults.Created(
            $"/api/applications/{application.Id}",
            new ObjectionLodgedResponse(objection.Id, application.Id, PublicNoticeEntry.MaskName(application.ApplicantName), application.PolicyCode, objection.Text, objection.LodgedAt, objection.State));
    }

    /// <summary>How long the account must wait, when it has used its allowance within the window.</summary>
    private static async Task<TimeSpan?> RetryAfterAsync(IStore store, string account, ObjectionLimits limits, DateTimeOffset now, CancellationToken ct)
    {
        var latest = await store.FindAsync<Objection>(
            o => o.LodgedBy == account, new QueryOptions<Objection>(o => o.LodgedAt, Descending: true, Take: limits.PerAccount), ct);
        if (latest.Count < limits.PerAccount)
        {
            return null;
        }

        var freeAt = latest[^1].LodgedAt + limits.Window;
        return freeAt > now ? freeAt - now : null;
    }

    private static RuleViolationException OpenAlready() =>
        new("You already have an open objection to this application; an official resolves it before you may lodge another.", nameof(ObjectionState.Open));
}
