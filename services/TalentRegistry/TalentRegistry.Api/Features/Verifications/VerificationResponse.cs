using System.Text.Json;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Verifications;

/// <summary>A declared fact waiting for (or decided by) an official: the fact (<c>education</c>, <c>hukouHuzhou</c>,
/// <c>ownsHomeLocally</c>, <c>firstHomePurchase</c>), the declared value, the verified value it displaced (if any), the
/// talent's masked name and national ID, and the evidence documents uploaded for it (<c>evidenceIds</c>, and <c>evidence</c>
/// with each one's name, type and size), and <c>reference</c>, the approval's recorded reference (a degree's 学信网 code and
/// report date). A pending <c>talentTier</c> or <c>startupGrade</c> is a graduate's classification request.
/// <c>decidedBy</c> is shown to officials and admins only.</summary>
public sealed record VerificationResponse(
    Guid Id, Guid TalentId, string TalentName, string NationalId, string Fact, JsonElement DeclaredValue, JsonElement? VerifiedValue,
    DecisionState State, DateTimeOffset DeclaredAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, long Version,
    IReadOnlyList<Guid> EvidenceIds, IReadOnlyList<EvidenceSummary> Evidence, string? Reference)
{
    public static VerificationResponse From(FactVerification verification, bool showDecidedBy)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return new(
            verification.Id, verification.TalentId, PersonName.Mask(verification.TalentName), Domain.NationalId.Mask(verification.NationalIdMasked),
            verification.Fact, FactValues.Element(verification.DeclaredValue),
            verification.VerifiedValue is null ? null : FactValues.Element(verification.VerifiedValue),
            verification.State, verification.DeclaredAt, showDecidedBy ? verification.DecidedBy : null, verification.DecidedAt, verification.Reason, verification.Version,
            [.. verification.Evidence.Select(e => e.Id)], [.. verification.Evidence.Select(e => new EvidenceSummary(e.Id, e.FileName, e.ContentType, e.Size))], verification.Reference);
    }
}
