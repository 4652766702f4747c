namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Whether the person behind a record is known to hold its national ID (names as in
/// <c>IdentityStatuses</c>). Records stored before identity was tracked read as Unverified: nobody checked them.</summary>
public enum IdentityStatus
{
    Unverified,
    Verified,
    Revoked,
}
