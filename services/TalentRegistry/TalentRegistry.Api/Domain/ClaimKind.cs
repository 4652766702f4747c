namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Conflict: the national ID is on another account's unverified record. Link: it is on a record no account
/// holds (registered or imported by HR or an official).</summary>
public enum ClaimKind
{
    Conflict,
    Link,
}
