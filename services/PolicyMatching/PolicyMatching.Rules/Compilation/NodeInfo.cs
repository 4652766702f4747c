using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Policies;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>What an instruction stands for, used to explain the trace buffer.</summary>
/// <param name="Source">The criterion in the policy model.</param>
/// <param name="Kind">Comparison, All or Any (a negated All becomes Any).</param>
/// <param name="Negated">Whether an enclosing <c>not</c> negates the comparison.</param>
/// <param name="Children">Instruction indices of the children (groups only).</param>
internal sealed record NodeInfo(CriterionNode Source, CriterionKind Kind, bool Negated, int[] Children);
