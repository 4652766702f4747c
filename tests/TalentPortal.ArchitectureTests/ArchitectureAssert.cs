using NetArchTest.Rules;

namespace TalentPortal.ArchitectureTests;

/// <summary>Assertions that name everything breaking a rule, one per line.</summary>
public static class ArchitectureAssert
{
    public static void Kept(TestResult result, string rule)
    {
        ArgumentNullException.ThrowIfNull(result);
        None(result.IsSuccessful ? [] : result.FailingTypeNames ?? [], rule);
    }

    public static void None(IEnumerable<string> violations, string rule)
    {
        var listed = violations.ToList();
        Assert.True(listed.Count == 0, $"{rule}; broken by:\n  {string.Join("\n  ", listed)}");
    }
}
