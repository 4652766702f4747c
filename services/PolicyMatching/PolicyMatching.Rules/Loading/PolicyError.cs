namespace TalentPortal.PolicyMatching.Rules.Loading;

/// <summary>One problem in a policy file.</summary>
/// <param name="File">File name.</param>
/// <param name="Path">YAML path, e.g. <c>versions[1].criteria.all[2].min</c>.</param>
/// <param name="Problem">What is wrong and, where possible, what is allowed.</param>
/// <param name="Line">1-based line in the file, 0 when unknown.</param>
public sealed record PolicyError(string File, string Path, string Problem, int Line = 0)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{File}{(Line > 0 ? $":{Line}" : "")}: {(Path.Length > 0 ? $"{Path}: " : "")}{Problem}";
}
