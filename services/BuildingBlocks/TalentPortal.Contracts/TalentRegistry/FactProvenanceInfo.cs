namespace TalentPortal.Contracts.TalentRegistry;

/// <summary>Where a fact's current value comes from, as carried in talent-registry events and answers.
/// <paramref name="Source"/> is one of <see cref="FactSources"/>; <paramref name="By"/> the account (or feed) that
/// supplied or verified the value; <paramref name="At"/> when; <paramref name="EvidenceIds"/> the documents it rests on;
/// <paramref name="Reference"/> the verification's own reference when recorded (a degree's 学信网 verification code and
/// report date).</summary>
public sealed record FactProvenanceInfo(string Source, string By, DateTimeOffset At, IReadOnlyList<Guid> EvidenceIds, string? Reference = null);

/// <summary>The sources a fact's value can come from, from the least to the most trusted for most facts. A policy
/// states which sources it accepts per fact; anything else is pending verification.</summary>
public static class FactSources
{
    /// <summary>The person said so (self-registration, profile edit).</summary>
    public const string SelfDeclared = "SelfDeclared";

    /// <summary>The employer's HR attested it (a confirmed hire: identity seen on the ID card, contract, insurance).</summary>
    public const string EmployerAttested = "EmployerAttested";

    /// <summary>An official checked the evidence (degree report, 人才分类认定, home-ownership record).</summary>
    public const string OfficialVerified = "OfficialVerified";

    /// <summary>An authoritative feed (the social-insurance bureau's monthly file).</summary>
    public const string Registry = "Registry";

    public static IReadOnlyList<string> All { get; } = [SelfDeclared, EmployerAttested, OfficialVerified, Registry];
}

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
