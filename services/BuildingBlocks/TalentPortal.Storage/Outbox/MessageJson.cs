using System.Text.Json;

namespace TalentPortal.Storage.Outbox;

/// <summary>JSON used for outbox bodies.</summary>
public static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
