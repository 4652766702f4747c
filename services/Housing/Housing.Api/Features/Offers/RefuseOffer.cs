using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;

namespace TalentPortal.Housing.Features.Offers;

public sealed record RefuseOfferRequest(string? Reason) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        errors.MaxLength("reason", Reason, 500);
        errors.PlainText("reason", Reason, multiline: true);
    }
}

/// <summary>The talent refuses their pending offer: the unit is free again and the application goes back on the
/// waiting list one band lower.</summary>
public static class RefuseOffer
{
    public static async Task<IResult> HandleAsync(Guid id, RefuseOfferRequest request, HttpContext http, IStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var caller = Caller.From(http.User);
        var (offer, application, unit) = await PendingOffer.LoadAsync(store, caller, id, now, cancellationToken);
        offer.Refuse(application, unit, request.Reason?.Trim(), now);
        var unitOfWork = store.BeginUnitOfWork();
        unitOfWork.Update(offer);
        unitOfWork.Update(application);
        unitOfWork.Update(unit);
        await unitOfWork.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer, caller));
    }
}
