using TalentPortal.PolicyMatching.Domain;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;

namespace TalentPortal.PolicyMatching.Features.Policies;

/// <summary>An admin proposes a new text of a policy; an invalid text is a 400 naming each problem.</summary>
public static class DraftPolicy
{
    public static async Task<IResult> HandleAsync(PolicyDraftRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var policy = PolicyYaml.ParseOrThrow(request.Yaml!, "draft.yaml");
        var draft = PolicyDocument.Draft(policy.Code, request.Yaml!, Caller.From(http.User).AccountId, time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Insert(draft);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/policies/drafts/{draft.Id}", new DraftResponse(draft.Id, draft.Code, draft.State.ToString(), draft.CreatedAt, PolicySummaryResponse.From(policy).Versions));
    }
}
