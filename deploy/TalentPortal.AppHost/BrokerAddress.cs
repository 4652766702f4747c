using System.Text.Json;

namespace TalentPortal.AppHost;

/// <summary>Where the local broker listens, and an exchange of the declared topology to recognise it by.</summary>
internal sealed record BrokerAddress(int AmqpPort, int ManagementPort, string Exchange)
{
    /// <summary>The first exchange named in the topology file (deploy/rabbitmq/definitions.json).</summary>
    public static string FirstExchange(string definitionsFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(definitionsFile));
        return document.RootElement.GetProperty("exchanges")[0].GetProperty("name").GetString()
            ?? throw new InvalidOperationException($"{definitionsFile} names no exchange.");
    }
}
