namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Tier of the university that awarded the highest degree. Not ordered.</summary>
public enum UniversityTier
{
    /// <summary>985 工程 (YAML: <c>985</c>).</summary>
    Project985 = 1,

    /// <summary>211 工程 (YAML: <c>211</c>).</summary>
    Project211 = 2,

    /// <summary>双一流.</summary>
    DoubleFirstClass = 3,

    /// <summary>Any other domestic university.</summary>
    Other = 4,

    /// <summary>Overseas university in the QS top 200.</summary>
    OverseasQsTop200 = 5,
}
