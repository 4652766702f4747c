using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>An uplift and the instruction index of its condition.</summary>
internal readonly record struct UpliftRoot(Uplift Uplift, int Root);
