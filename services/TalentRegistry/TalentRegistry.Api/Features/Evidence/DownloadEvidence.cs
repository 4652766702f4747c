using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.TalentRegistry.Infrastructure;

namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>The document's bytes for the graduate themself, officials in scope and admins (each read by someone other
/// than the person audited): its detected content type, as an attachment under its stored name, never sniffed. A
/// withdrawn document is gone (409 naming the state).</summary>
public static class DownloadEvidence
{
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext http, IStore store, PersonalData personalData, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = Caller.From(http.User);
        var document = await EvidenceAccess.LoadAsync(store, caller, id, TalentAccess.CanEditProfile, cancellationToken);
        if (document.State == EvidenceState.Withdrawn)
        {
            throw new IllegalStateException($"Evidence {id}", "downloaded", document.State.ToString());
        }

        var content = await store.GetAsync<EvidenceContent>(id, cancellationToken) ?? throw ProblemException.NotFound($"Evidence {id} has no content.");
        await PersonalDataAudit.RecordAsync(store, caller, document.TalentId, PersonalDataAudit.ReadEvidence, $"evidence {document.Id}", time, cancellationToken);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(personalData.Unprotect(content.Cipher), document.ContentType, document.StoredName);
    }
}
