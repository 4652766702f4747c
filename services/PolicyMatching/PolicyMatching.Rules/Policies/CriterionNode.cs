namespace TalentPortal.PolicyMatching.Rules.Policies;

/// <summary>A node of a criteria tree: <see cref="AllOf"/>, <see cref="AnyOf"/>, <see cref="NotOf"/> or a <see cref="Comparison"/>.</summary>
/// <param name="Id">Identifier from the YAML <c>id</c> key, or the YAML path when none was given.</param>
/// <param name="Path">YAML path of the node inside its file, e.g. <c>versions[0].criteria.all[2]</c>.</param>
public abstract record CriterionNode(string Id, string Path)
{
    /// <summary>Every comparison of the tree, in file order.</summary>
    internal IEnumerable<Comparison> Comparisons() => this switch
    {
        Comparison c => [c],
        AllOf all => all.Children.SelectMany(child => child.Comparisons()),
        AnyOf any => any.Children.SelectMany(child => child.Comparisons()),
        NotOf not => not.Child.Comparisons(),
        _ => [],
    };
}
