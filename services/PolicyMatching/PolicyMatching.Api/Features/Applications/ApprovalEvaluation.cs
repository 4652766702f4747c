using TalentPortal.PolicyMatching.Domain.Applications;
using TalentPortal.PolicyMatching.Rules.Evaluation;

namespace TalentPortal.PolicyMatching.Features.Applications;

/// <summary>What an approval rests on (<see cref="Basis"/>) and, for a talent whose facts are known, the evaluation on
/// verified facts it compared with the submission (<see cref="Verified"/>) and the facts that evaluation ran on.</summary>
public sealed record ApprovalEvaluation(ApprovalBasis Basis, EvaluationResult? Verified, Rules.Facts.TalentFacts? VerifiedFacts);
