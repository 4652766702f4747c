namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>Whether the person behind a talent record is known to hold the national ID it carries.</summary>
public static class IdentityStatuses
{
    /// <summary>A self-registered account stated the national ID; nobody has seen the ID card.</summary>
    public const string Unverified = "Unverified";

    /// <summary>HR confirmed a hire after seeing the ID card, HR or an official registered or imported the person, or
    /// an official verified the identity.</summary>
    public const string Verified = "Verified";

    /// <summary>An official resolved a claim against this record: the national ID belongs to someone else.</summary>
    public const string Revoked = "Revoked";
}
