using TalentPortal.Contracts.TalentRegistry;

namespace TalentPortal.PolicyMatching.Tests;

/// <summary>Identity and provenance as talent-registry sends them, for tests that need a talent whose facts are (or are
/// not) verified.</summary>
public static class Verification
{
    /// <summary>The profile fact keys talent-registry reports provenance for.</summary>
    public static readonly string[] ProfileFacts =
        ["birthDate", "degreeLevel", "fullTime", "universityTier", "graduationDate", "hukouHuzhou", "ownsHomeLocally", "firstHomePurchase", "talentTier"];

    /// <summary>Every profile fact checked by an official, except <paramref name="selfDeclared"/> (left without an entry).</summary>
    public static IReadOnlyDictionary<string, FactProvenanceInfo> Provenance(params string[] selfDeclared) =>
        ProfileFacts.Where(f => !selfDeclared.Contains(f)).ToDictionary(
            f => f, _ => new FactProvenanceInfo(FactSources.OfficialVerified, "official-verifier", DateTimeOffset.UtcNow.AddDays(-30), [Guid.NewGuid()]));

    /// <summary>A registration whose identity and profile facts are verified.</summary>
    public static TalentRegistered Verified(this TalentRegistered registered) =>
        registered with { IdentityStatus = IdentityStatuses.Verified, Provenance = Provenance() };
}
