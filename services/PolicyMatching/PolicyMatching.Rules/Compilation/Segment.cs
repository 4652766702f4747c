using TalentPortal.PolicyMatching.Rules.Evaluation;
using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Compilation;

/// <summary>Evaluates instructions of one segment and writes their outcomes from <paramref name="trace"/> on.</summary>
internal delegate Verdict Segment(VersionProgram program, TalentFacts facts, ref long thresholds, ref CriterionOutcome trace);
