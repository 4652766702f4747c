namespace TalentPortal.TalentRegistry.Domain;

/// <summary>How an identity came to be verified: HR, an official or an admin registered the person, an import by HR or
/// an official created them, HR confirmed a hire, an official checked the ID card, or an official decided a claim.</summary>
public enum IdentityMethod
{
    SelfRegistration,
    Registration,
    Import,
    Hire,
    Official,
    Claim,
}
