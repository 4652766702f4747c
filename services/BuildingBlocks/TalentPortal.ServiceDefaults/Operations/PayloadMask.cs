using System.Text.Json.Nodes;

namespace TalentPortal.ServiceDefaults.Operations;

/// <summary>Masks personal data in a message shown to operators: names, person keys, phones, e-mails, national IDs,
/// birth dates and free text keep at most their last character.</summary>
public static class PayloadMask
{
    private static readonly string[] Personal = ["name", "personkey", "phone", "email", "nationalid", "birth", "reason", "text", "address"];

    public static JsonNode? Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    obj[key] = Personal.Any(p => key.Contains(p, StringComparison.OrdinalIgnoreCase)) && value is JsonValue leaf
                        ? JsonValue.Create(Hide(leaf.ToString()))
                        : Mask(value?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = Mask(array[i]?.DeepClone());
                }

                return array;
            default:
                return node;
        }
    }

    private static string Hide(string value) => value.Length <= 1 ? "*" : new string('*', Math.Min(value.Length - 1, 8)) + value[^1];
}
