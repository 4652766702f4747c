namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>Holds when at least one child holds.</summary>
/// <param name="Id">Identifier of the group.</param>
/// <param name="Path">YAML path of the group.</param>
/// <param name="Children">The alternatives, in file order.</param>
public sealed record AnyOf(string Id, string Path, IReadOnlyList<CriterionNode> Children) : CriterionNode(Id, Path);
