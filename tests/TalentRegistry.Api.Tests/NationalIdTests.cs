using TalentPortal.TalentRegistry.Domain;

namespace TalentPortal.TalentRegistry.Tests;

public sealed class NationalIdTests
{
    [Theory]
    [InlineData("11010519491231002X", 1949, 12, 31, Sex.Female)]
    [InlineData("330502199503151239", 1995, 3, 15, Sex.Male)]
    public void TryParse_validNumber_derivesBirthDateAndSex(string value, int year, int month, int day, Sex sex)
    {
        Assert.True(NationalId.TryParse(value, out var id, out _));
        Assert.Equal(new DateOnly(year, month, day), id!.BirthDate);
        Assert.Equal(sex, id.Sex);
    }

    [Theory]
    [InlineData("330502199503151238", "check character")]
    [InlineData("33050219950315123", "18 characters")]
    [InlineData("3305021995031512A9", "digits")]
    public void TryParse_invalidNumber_saysWhy(string value, string expected)
    {
        Assert.False(NationalId.TryParse(value, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_validCheckCharacterButNoSuchDate_saysBirthDate()
    {
        Assert.False(NationalId.TryParse(NationalId.WithCheckCharacter("33050219951315123"), out _, out var problem));
        Assert.Contains("birth date", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Masked_showsTheLastFourCharactersOnly() =>
        Assert.Equal("**************1239", NationalId.TryParse("330502199503151239", out var id, out _) ? id!.Masked : null);

    [Fact]
    public void WithCheckCharacter_producesNumbersThatValidate() =>
        Assert.True(NationalId.TryParse(NationalId.WithCheckCharacter("33050220000101001"), out _, out _));
}
