using NetArchTest.Rules;

namespace TalentPortal.ArchitectureTests;

/// <summary>Turns a NetArchTest result into an assertion that names the types breaking the rule.</summary>
public static class ArchitectureAssert
{
    public static void Kept(TestResult result, string rule)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.IsSuccessful, $"{rule}; broken by:\n  {string.Join("\n  ", result.FailingTypeNames ?? [])}");
    }
}
