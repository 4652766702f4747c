namespace TalentPortal.PolicyMatching.Rules.Facts;

/// <summary>Grade given to a graduate start-up team by the review panel.</summary>
public enum StartupGrade
{
    /// <summary>C 类项目.</summary>
    C = 1,

    /// <summary>B 类项目.</summary>
    B = 2,

    /// <summary>A 类项目.</summary>
    A = 3,
}
