using System.Text.Json;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Verifications;

/// <summary>A declared fact waiting for (or decided by) an official: the fact (<c>education</c>, <c>hukouHuzhou</c>,
/// <c>ownsHomeLocally</c>, <c>firstHomePurchase</c>), the declared value, the verified value it displaced (if any), the
/// talent's masked name and national ID. <c>decidedBy</c> is shown to officials and admins only.</summary>
public sealed record VerificationResponse(
    Guid Id, Guid TalentId, string TalentName, string NationalId, string Fact, JsonElement DeclaredValue, JsonElement? VerifiedValue,
    DecisionState State, DateTimeOffset DeclaredAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, long Version)
{
    public static VerificationResponse From(FactVerification verification, bool showDecidedBy)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return new(
            verification.Id, verification.TalentId, PersonName.Mask(verification.TalentName), Domain.NationalId.Mask(verification.NationalIdMasked),
            verification.Fact, FactValues.Element(verification.DeclaredValue),
            verification.VerifiedValue is null ? null : FactValues.Element(verification.VerifiedValue),
            verification.State, verification.DeclaredAt, showDecidedBy ? verification.DecidedBy : null, verification.DecidedAt, verification.Reason, verification.Version);
    }
}
