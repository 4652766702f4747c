namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Where a fact's value comes from. A policy accepts some sources per fact (<see cref="FactTrust"/>); a value
/// from any other source is pending verification.</summary>
public enum FactSource
{
    /// <summary>The person said so (self-registration, profile edit).</summary>
    SelfDeclared,

    /// <summary>The employer's HR attested it (a confirmed hire: ID card seen, labour contract, insurance).</summary>
    EmployerAttested,

    /// <summary>An official checked the evidence (degree report, 人才分类认定, home-ownership record).</summary>
    OfficialVerified,

    /// <summary>An authoritative feed (the social-insurance bureau's monthly file).</summary>
    Registry,
}
