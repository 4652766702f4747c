using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>The graduate themself, or HR of the employer that uploaded it, withdraws a document no decision has used:
/// its bytes are deleted and it leaves the pending verification it was attached to. A used (or already withdrawn)
/// document is a 409 naming its state.</summary>
public static class WithdrawEvidence
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var document = await store.LoadInScopeAsync<EvidenceDocument>(id, d => EvidenceAccess.CanWithdraw(caller, d), "Evidence", cancellationToken);
        document.Withdraw(time.GetUtcNow());
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(document);
        if (await store.GetAsync<EvidenceContent>(id, cancellationToken) is { } content)
        {
            unitOfWork.Delete(content);
        }

        if (document.VerificationId is { } verificationId && await store.GetAsync<FactVerification>(verificationId, cancellationToken) is { State: DecisionState.Pending } verification)
        {
            verification.DetachEvidence(document.Id);
            unitOfWork.Update(verification);
        }

        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(EvidenceResponse.From(document, caller));
    }
}
