namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>Holds when every child holds.</summary>
/// <param name="Id">Identifier of the group.</param>
/// <param name="Path">YAML path of the group.</param>
/// <param name="Children">The children, in file order.</param>
public sealed record AllOf(string Id, string Path, IReadOnlyList<CriterionNode> Children) : CriterionNode(Id, Path);
