using System.Diagnostics;
using System.Globalization;
using System.Text;
using TalentPortal.PolicyMatching.Rules.Loading;

namespace TalentPortal.PolicyMatching.Rules.Tests;

/// <summary>A policy file is bounded in size, nesting and alias expansion, and refused quickly when it is not.</summary>
public sealed class PolicyFileLimitsTests
{
    private static PolicyError RefusedQuickly(string text)
    {
        var clock = Stopwatch.StartNew();
        var errors = PolicyYaml.Errors(text);
        clock.Stop();

        Assert.True(clock.ElapsedMilliseconds < 1000, $"took {clock.ElapsedMilliseconds} ms");
        return Assert.Single(errors);
    }

    [Fact]
    public void Parse_tenThousandNestedLists_isRefusedAsTooDeep()
    {
        var error = RefusedQuickly(new string('[', 10_000) + new string(']', 10_000));

        Assert.Contains("nested more than 64 levels", error.Problem, StringComparison.Ordinal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Parse_deeplyNestedNotChain_isRefusedAsTooDeep()
    {
        var criteria = new StringBuilder();
        for (var i = 0; i < 5_000; i++)
        {
            criteria.Append("{ not: ");
        }

        criteria.Append("{ fact: employerInZone, eq: true, article: 第一条 }").Append(new string('}', 5_000));

        var error = RefusedQuickly(PolicyYaml.Text(criteria.ToString()));

        Assert.Contains("nested more than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_billionLaughs_isRefusedAsExpandingTooFar()
    {
        var text = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var error = RefusedQuickly(text.ToString());

        Assert.Contains("expand to more than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_aliasChainDeeperThanTheLimit_isRefused()
    {
        var text = new StringBuilder("a0: &a0 [x]\n");
        for (var i = 1; i < 100; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}]\n");
        }

        var error = RefusedQuickly(text.ToString());

        Assert.Contains("nested more than", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_fileOver256Kilobytes_isRefused()
    {
        var text = PolicyYaml.Text("{ id: zone, fact: employerInZone, eq: true, article: 第一条 }") + "\n# " + new string('x', YamlLimits.MaxBytes);

        var error = RefusedQuickly(text);

        Assert.Equal("the file is larger than 256 KB", error.Problem);
    }

    [Fact]
    public void Parse_seedPolicies_stayWithinTheLimits()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Policies, "*.yaml"))
        {
            Assert.Null(YamlLimits.Check(File.ReadAllText(file), Path.GetFileName(file)));
        }
    }

    [Fact]
    public void Parse_amountWithFractionsOfAFen_isRefused()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text(
            "{ id: zone, fact: employerInZone, eq: true, article: 第一条 }",
            "kind: OneOff\namounts:\n  - { amount: 1000.005, article: 第九条 }")));

        Assert.Equal("versions[0].benefit.amounts[0].amount", error.Path);
        Assert.Equal("may have at most two decimals (yuan and fen)", error.Problem);
    }

    [Fact]
    public void Parse_effectiveDateFarInTheFuture_isRefused()
    {
        var text = PolicyYaml.Text("{ id: zone, fact: employerInZone, eq: true, article: 第一条 }").Replace("2020-01-01", "9999-12-31", StringComparison.Ordinal);

        var error = Assert.Single(PolicyYaml.Errors(text));

        Assert.Equal("versions[0].effectiveFrom", error.Path);
        Assert.Equal("must be between 1950-01-01 and 2100-12-31", error.Problem);
    }

    [Fact]
    public void Parse_dateOperandAtTheEndOfTime_isRefused()
    {
        var error = Assert.Single(PolicyYaml.Errors(PolicyYaml.Text("{ id: d, fact: graduationDate, after: 9999-12-31, article: 第一条 }")));

        Assert.Equal("versions[0].criteria.after", error.Path);
    }
}
