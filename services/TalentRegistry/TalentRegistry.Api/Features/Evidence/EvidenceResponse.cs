using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>An evidence document's metadata: the fact it supports (education, hukouHuzhou, ownsHomeLocally,
/// firstHomePurchase, talentTier, identity), the name it was uploaded under (display only), the content type its bytes
/// show, size, SHA-256, who uploaded it and when, its state (Submitted, Used, Withdrawn) and the verification that used it.</summary>
public sealed record EvidenceResponse(
    Guid Id, Guid TalentId, string Fact, string FileName, string ContentType, long Size, string Sha256, EvidenceUploader UploadedBy,
    DateTimeOffset UploadedAt, EvidenceState State, Guid? UsedByVerificationId, Guid? ApplicationId, long Version)
{
    public static EvidenceResponse From(EvidenceDocument document, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(caller);
        var uploader = new EvidenceUploader(document.UploaderRole, caller.IsOfficial || caller.IsAdmin ? document.UploadedBy : null);
        return new(
            document.Id, document.TalentId, document.Fact, document.FileName, document.ContentType, document.Size, document.Sha256, uploader,
            document.UploadedAt, document.State, document.UsedByVerificationId, document.ApplicationId, document.Version);
    }
}
