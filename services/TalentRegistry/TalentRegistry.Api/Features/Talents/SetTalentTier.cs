using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Talents;

public sealed record SetTalentTierRequest(string? Tier, string? DecisionReference) : IValidatableRequest
{
    public const int MaxReference = 200;

    public void Validate(ValidationErrors errors)
    {
        if (Tier is not ("A" or "B" or "C" or "D" or "E"))
        {
            errors.Add("tier", "tier is required, one of A, B, C, D, E.");
        }

        errors.Required("decisionReference", DecisionReference, MaxReference);
        errors.PlainText("decisionReference", DecisionReference);
    }
}

/// <summary>The talent office's 人才分类认定 decision sets the talent tier: officials in scope and admins record it with
/// the decision's reference (audited); the tier becomes OfficialVerified and TalentProfileUpdated is published.</summary>
public static class SetTalentTier
{
    public static async Task<IResult> HandleAsync(
        Guid id, SetTalentTierRequest request, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var (talent, _) = await TalentAccess.LoadTalentAsync(store, caller, id, TalentAccess.CanVerify, cancellationToken);
        var now = time.GetUtcNow();
        var reference = request.DecisionReference!.Trim();
        talent.SetTalentTier(request.Tier!, FactProvenance.Of(FactSources.OfficialVerified, caller.AccountId, now));
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(talent);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.SetTalentTier, talent.Id, $"{request.Tier}: {reference}", now);
        unitOfWork.Publish(talent.ToProfileUpdatedEvent(now));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(TalentResponse.From(talent, personalData, TalentView.For(caller)));
    }
}
