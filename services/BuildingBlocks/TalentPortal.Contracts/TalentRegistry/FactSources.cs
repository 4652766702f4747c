namespace TalentPortal.Contracts.TalentRegistry;

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
