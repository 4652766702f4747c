namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>Holds when its child fails (Unknown stays Unknown).</summary>
/// <param name="Id">Identifier of the node.</param>
/// <param name="Path">YAML path of the node.</param>
/// <param name="Child">The negated criterion.</param>
public sealed record NotOf(string Id, string Path, CriterionNode Child) : CriterionNode(Id, Path);
