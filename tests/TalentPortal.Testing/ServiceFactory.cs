using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace TalentPortal.Testing;

/// <summary>Hosts a service in-process against the real broker (its own virtual host) and a fresh LiteDB directory,
/// trusting <see cref="TestTokens"/>.</summary>
public class ServiceFactory<TProgram> : WebApplicationFactory<TProgram>, IAsyncLifetime where TProgram : class
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "talentportal-tests", Guid.NewGuid().ToString("N"));

    public string VirtualHost { get; private set; } = "";

    public string DataDirectory => _dataDirectory;

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public async Task InitializeAsync() => VirtualHost = await Broker.CreateVirtualHostAsync(typeof(TProgram).Assembly.GetName().Name!.Split('.')[0].ToLowerInvariant());

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Broker.DeleteVirtualHostAsync(VirtualHost);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing host; the temp directory is cleaned by the OS.
        }
    }

    public HttpClient ClientFor(string role, Guid? talentId = null, Guid? employerId = null, string? street = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(role, talentId, employerId, street));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("RabbitMq:Host", Broker.Host);
        builder.UseSetting("RabbitMq:Port", Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RabbitMq:VirtualHost", VirtualHost);
        builder.UseSetting("RabbitMq:RetryIntervalsMs:0", "50");
        builder.UseSetting("RabbitMq:RetryIntervalsMs:1", "100");
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Outbox:RetryDelay", "00:00:00.500");
        builder.UseSetting("PersonalData:Key", Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i + 7)).ToArray()));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.TrustTestTokens());
    }
}
