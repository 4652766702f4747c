using TalentPortal.Contracts.TalentRegistry;
using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Verifications;

public sealed record DecideVerificationRequest(bool? Approved, string? Reason) : IValidatableRequest
{
    public const int MaxReason = 500;

    public void Validate(ValidationErrors errors)
    {
        errors.Required("approved", Approved);
        errors.MaxLength("reason", Reason, MaxReason);
        errors.PlainText("reason", Reason, multiline: true);
        if (Approved == false && string.IsNullOrWhiteSpace(Reason))
        {
            errors.Add("reason", "reason is required to reject.");
        }
    }
}

/// <summary>An official in scope (or an admin) decides a declared fact once: approved, the value becomes official
/// (OfficialVerified by them); rejected, the fact returns to the verified value it displaced, or stays declared and is
/// marked rejected when there was none. An approval uses the evidence attached to the verification: each document becomes
/// Used and the fact's provenance names them. Audited; publishes TalentProfileUpdated with the new state.</summary>
public static class DecideVerification
{
    public static async Task<IResult> HandleAsync(
        Guid id, DecideVerificationRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        Talent? talent = null;
        var verification = await store.LoadInScopeAsync<FactVerification>(
            id,
            async v =>
            {
                var (loaded, _) = await TalentAccess.LoadTalentAsync(store, caller, v.TalentId, TalentAccess.CanVerify, cancellationToken);
                talent = loaded;
                return true;
            },
            "Verification",
            cancellationToken);
        var now = time.GetUtcNow();
        var approved = request.Approved!.Value;
        var reason = request.Reason?.Trim();
        verification.Decide(approved, reason ?? "", caller.AccountId, now);
        var unitOfWork = store.BeginUnitOfWork();
        if (approved)
        {
            var provenance = FactProvenance.Of(FactSources.OfficialVerified, caller.AccountId, now);
            provenance.EvidenceIds = await UseEvidenceAsync(store, unitOfWork, verification, now, cancellationToken);
            talent!.ConfirmFact(verification.Fact, provenance);
        }
        else
        {
            talent!.RejectFact(verification.Fact);
        }

        unitOfWork.Update(verification);
        unitOfWork.Update(talent);
        DecisionAudit.Stage(unitOfWork, caller, DecisionAudit.DecideVerification, talent.Id, $"{verification.Fact} {verification.State}: {reason}", now);
        unitOfWork.Publish(talent.ToProfileUpdatedEvent(now));
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(VerificationResponse.From(verification, showDecidedBy: true));
    }

    /// <summary>The documents attached to the approved verification become Used by it; the fact's provenance lists them.</summary>
    private static async Task<List<Guid>> UseEvidenceAsync(
        IStore store, IUnitOfWork unitOfWork, FactVerification verification, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var used = new List<Guid>();
        foreach (var attached in verification.Evidence)
        {
            if (await store.GetAsync<EvidenceDocument>(attached.Id, cancellationToken) is { State: EvidenceState.Submitted } document)
            {
                document.Use(verification.Id, at);
                unitOfWork.Update(document);
                used.Add(document.Id);
            }
        }

        return used;
    }
}
