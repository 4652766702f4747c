using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentPortal.TalentRegistry.Domain;

/// <summary>Fact values as JSON text (camelCase, enums by name), so declared, verified and kept values of any fact are
/// stored, compared and shown the same way.</summary>
public static class FactValues
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>The value as a JSON element for answers.</summary>
    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
