using System.Text.Json;
using TalentPortal.TalentRegistry.Domain;
using TalentPortal.Testing;

namespace TalentPortal.TalentRegistry.Tests;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("913305017526750199")]
    public void TryParse_validCode_accepts(string code) => Assert.True(CreditCode.TryParse(code, out _, out _));

    [Theory]
    [InlineData("91350100M000100Y44", "GB 32100")]
    [InlineData("91350100M000100Y4", "18 characters")]
    [InlineData("91350100M000I00Y43", "except I, O, S, V")]
    public void TryParse_invalidCode_saysWhy(string code, string expected)
    {
        Assert.False(CreditCode.TryParse(code, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedFile_everyEmployerHasAValidUniqueCodeAStreetOfTheZoneAndTheDemoEmployerId()
    {
        using var seeds = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "employers.json")));
        var employers = seeds.RootElement.GetProperty("employers").EnumerateArray().ToList();

        Assert.All(employers, e => Assert.True(CreditCode.TryParse(e.GetProperty("creditCode").GetString(), out _, out _), e.GetProperty("name").GetString()));
        Assert.All(employers, e => Assert.Contains(e.GetProperty("street").GetString(), Zone.Streets));
        Assert.Equal(employers.Count, employers.Select(e => e.GetProperty("creditCode").GetString()).Distinct().Count());
        Assert.Contains(employers, e => e.GetProperty("name").GetString() == "卫蓝新能源" && e.GetProperty("id").GetString() == "0192f000-0000-7000-8000-0000000000e1");
    }
}
