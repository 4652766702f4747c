using TalentPortal.PolicyMatching.Rules.Facts;

namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>An example kept beside a policy: inputs, date and what the engine must answer.</summary>
/// <param name="Name">Case name, unique within the file.</param>
/// <param name="Path">YAML path of the case.</param>
/// <param name="AsOf">Evaluation date.</param>
/// <param name="Facts">Inputs.</param>
/// <param name="Expect">Expected answer.</param>
public sealed record PolicyTestCase(string Name, string Path, DateOnly AsOf, TalentFacts Facts, PolicyTestExpectation Expect);
