using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Identity: unverified (self-registered) until HR, an official or an admin vouches for it; revoked when an
/// official decides the national ID belongs to someone else.</summary>
public sealed partial class Talent
{
    /// <summary>HR confirming a hire (the ID card seen) attests an unverified identity; true when it did. A verified
    /// identity stays as it was, a revoked one is not revived.</summary>
    public bool AttestIdentity(FactProvenance by, IdentityMethod method)
    {
        if (IdentityStatus != IdentityStatus.Unverified)
        {
            return false;
        }

        MarkVerified(by, method, evidence: null);
        return true;
    }

    /// <summary>An official who checked the ID card verifies an unverified identity; anything else is a 409.</summary>
    public void VerifyIdentity(FactProvenance by, string evidence)
    {
        if (IdentityStatus != IdentityStatus.Unverified)
        {
            throw new IllegalStateException($"The identity of talent {Id}", "verified", IdentityStatus.ToString());
        }

        MarkVerified(by, Domain.IdentityMethod.Official, evidence);
    }

    /// <summary>An official approved a claim: the person is someone else, this record no longer stands for them.</summary>
    public void RevokeIdentity(FactProvenance by, string reason)
    {
        ArgumentNullException.ThrowIfNull(by);
        IdentityStatus = IdentityStatus.Revoked;
        Identity = by.Copy();
        IdentityMethod = Domain.IdentityMethod.Claim;
        IdentityEvidence = reason;
    }

    /// <summary>An official approved a claim to a record no account held: the claimant's account holds it now.</summary>
    public void LinkAccount(string accountId, FactProvenance by, string reason)
    {
        AccountId = accountId;
        MarkVerified(by, Domain.IdentityMethod.Claim, reason);
    }

    private void MarkVerified(FactProvenance by, IdentityMethod method, string? evidence)
    {
        ArgumentNullException.ThrowIfNull(by);
        IdentityStatus = IdentityStatus.Verified;
        Identity = by.Copy();
        IdentityMethod = method;
        IdentityEvidence = evidence;
    }
}
