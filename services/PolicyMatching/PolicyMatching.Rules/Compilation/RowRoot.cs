using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>An amount-table row and the instruction index of its condition (-1: unconditional).</summary>
internal readonly record struct RowRoot(AmountRow Row, int Root);
