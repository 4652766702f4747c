using System.Text.Json;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.ServiceDefaults.Tests;

public sealed class EnumTextTests
{
    private enum Degree
    {
        Doctorate,
        Master,
    }

    private sealed record Body(Degree Degree);

    [Theory]
    [InlineData("Doctorate", true)]
    [InlineData("master", true)]
    [InlineData(" Master ", true)]
    [InlineData("-1", false)]
    [InlineData("1", false)]
    [InlineData("7", false)]
    [InlineData("0x1", false)]
    [InlineData("Doctorate, Master", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_acceptsOnlyDefinedNames(string? text, bool accepted) =>
        Assert.Equal(accepted, EnumText.TryParse<Degree>(text, out _));

    [Theory]
    [InlineData("{\"degree\":\"-1\"}")]
    [InlineData("{\"degree\":\"7\"}")]
    [InlineData("{\"degree\":7}")]
    [InlineData("{\"degree\":\"Bachelor\"}")]
    public void Json_refusesNumericAndUndefinedEnumValues(string json)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ServiceDefaultsExtensions.ConfigureJson(options);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>(json, options));
    }

    [Fact]
    public void ValidationErrors_enum_namesTheFieldAndTheAcceptedValues()
    {
        var errors = new ValidationErrors();
        errors.Enum<Degree>("education[0].degreeLevel", "-1");

        Assert.Equal("education[0].degreeLevel must be one of Doctorate or Master.", errors.ToDictionary()["education[0].degreeLevel"][0]);
    }
}
