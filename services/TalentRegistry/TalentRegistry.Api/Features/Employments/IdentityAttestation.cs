using TalentPortal.ServiceDefaults.Auth;
using TalentPortal.Storage;
using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Features.Employments;

/// <summary>HR confirming a hire attests the person's identity: staged in the confirmation's unit of work, an
/// unverified identity becomes verified by the confirming account and TalentProfileUpdated carries it.</summary>
public static class IdentityAttestation
{
    /// <summary>True when the talent's identity is verified after the confirmation (a revoked one stays revoked).</summary>
    public static bool Stage(IUnitOfWork unitOfWork, Talent talent, Caller caller, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(talent);
        ArgumentNullException.ThrowIfNull(caller);
        if (talent.AttestIdentity(FactProvenance.Of(FactProvenance.SourceOf(caller.Role), caller.AccountId, at), IdentityMethod.Hire))
        {
            unitOfWork.Update(talent);
            unitOfWork.Publish(talent.ToProfileUpdatedEvent(at));
        }

        return talent.IdentityStatus == IdentityStatus.Verified;
    }
}
