namespace TalentPortal.ServiceDefaults.Messaging;

/// <summary>Broker settings (configuration section "RabbitMq").</summary>
public sealed class MessagingOptions
{
    public string Host { get; set; } = "127.0.0.1";
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    public string Password { get; set; } = "guest";

    /// <summary>Redeliver failed messages later through the broker's delayed-message exchange. Needs the
    /// rabbitmq_delayed_message_exchange plugin, which Debian's broker does not ship; off by default.</summary>
    public bool DelayedRedelivery { get; set; }

    /// <summary>In-process retry intervals before a message goes to redelivery or the _error queue.</summary>
    public int[] RetryIntervalsMs { get; set; } = [200, 1000, 5000];
}
