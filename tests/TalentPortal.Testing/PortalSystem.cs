using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Xunit;

namespace TalentPortal.Testing;

/// <summary>The whole system as real processes — three services and the gateway — on free loopback ports, against a
/// RabbitMQ virtual host of its own and fresh LiteDB stores, driven only through the gateway.</summary>
public class PortalSystem : IAsyncLifetime
{
    private readonly List<HostProcess> _hosts = [];
    private readonly Dictionary<string, (string Dll, Dictionary<string, string> Environment)> _starts = [];
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "talentportal-system", Guid.NewGuid().ToString("N"));
    private string _virtualHost = "";

    public Uri Gateway { get; private set; } = null!;

    /// <summary>The broker virtual host the hosts use.</summary>
    public string VirtualHost => _virtualHost;

    /// <summary>Where the services keep their LiteDB files (one per service, named after it).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>Whether the services' clock can be moved (<see cref="ShiftClock"/>): on for systems whose tests let days
    /// pass; off by default, so the services run on the plain system clock (as the benchmarks measure them).</summary>
    protected virtual bool ShiftableClock => false;

    /// <summary>Whether talent-registry seeds the demo graduate and the generated demo hires, as deploy/run.sh does (the
    /// services then run in Development, the only environment that seeds demo data). The gateway always seeds the demo
    /// accounts the tests sign in with, so it always runs in Development.</summary>
    protected virtual bool DemoData => false;

    private string ClockOffsetFile => Path.Combine(_dataDirectory, "clock-offset");

    /// <summary>Sets how far ahead of the system clock the services' clock runs (the services read the offset from a file
    /// on their next look at the time; the file is replaced whole, never seen half-written). Zero puts them back.</summary>
    public void ShiftClock(TimeSpan offset)
    {
        if (!ShiftableClock)
        {
            throw new InvalidOperationException("This system runs on the plain clock; override ShiftableClock to move it.");
        }

        Directory.CreateDirectory(_dataDirectory);
        var written = ClockOffsetFile + ".next";
        File.WriteAllText(written, offset.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        File.Move(written, ClockOffsetFile, overwrite: true);
    }

    /// <summary>Kills a host at once (SIGKILL): no shutdown, no flush, as a crash or an OOM kill would.</summary>
    public void Kill(string name)
    {
        var host = _hosts.Single(h => h.Name == name && !h.HasExited);
        host.Dispose();
        _hosts.Remove(host);
    }

    /// <summary>Starts a killed host again with the same settings, port and data, and waits until the system is ready.</summary>
    public async Task RestartAsync(string name)
    {
        var (dll, environment) = _starts[name];
        _hosts.Add(HostProcess.Start(name, dll, environment));
        await WaitUntilReadyAsync();
    }

    /// <summary>Starts every stopped host again with its settings and data, and waits until the system is ready.</summary>
    public async Task StartAllAsync()
    {
        foreach (var (name, (dll, environment)) in _starts)
        {
            if (!_hosts.Any(h => h.Name == name))
            {
                _hosts.Add(HostProcess.Start(name, dll, environment));
            }
        }

        await WaitUntilReadyAsync();
    }

    /// <summary>Stops every host (their stores can then be read directly); the data stays until disposal.</summary>
    public void StopAll()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        _hosts.Clear();
    }

    /// <summary>Base address of each service (for measurements that bypass the gateway).</summary>
    public IReadOnlyDictionary<string, Uri> Services { get; private set; } = new Dictionary<string, Uri>();

    /// <summary>Process id of each host by name.</summary>
    public IReadOnlyDictionary<string, int> ProcessIds => _hosts.ToDictionary(h => h.Name, h => h.Id);

    /// <summary>Extra settings for every host (environment variable names, e.g. <c>Logging__LogLevel__Default</c>).</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>();

    /// <summary>Extra settings for the gateway alone, applied after <see cref="ExtraSettings"/>.</summary>
    protected virtual IReadOnlyDictionary<string, string> GatewaySettings => new Dictionary<string, string>();

    protected virtual string BrokerPort => Broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected virtual Task<string> CreateVirtualHostAsync() => Broker.CreateVirtualHostAsync("system");

    protected virtual Task DeleteVirtualHostAsync(string name) => Broker.DeleteVirtualHostAsync(name);

    public virtual async Task InitializeAsync()
    {
        _virtualHost = await CreateVirtualHostAsync();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var ports = new Dictionary<string, int>
        {
            ["talent-registry"] = FreePort(),
            ["policy-matching"] = FreePort(),
            ["housing"] = FreePort(),
            ["gateway"] = FreePort(),
            ["portal"] = FreePort(),
        };
        Gateway = new Uri($"http://127.0.0.1:{ports["gateway"]}/");
        var common = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DataDirectory"] = _dataDirectory,
            ["RabbitMq__Host"] = Broker.Host,
            ["RabbitMq__Port"] = BrokerPort,
            ["RabbitMq__VirtualHost"] = _virtualHost,
            ["RabbitMq__RetryIntervalsMs__0"] = "100",
            ["RabbitMq__RetryIntervalsMs__1"] = "500",
            ["Outbox__RetryDelay"] = "00:00:00.500",
            ["Auth__Authority"] = Gateway.ToString().TrimEnd('/'),
            ["PersonalData__Key"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Logging__LogLevel__Default"] = "Warning",
        };

        foreach (var (key, value) in ExtraSettings)
        {
            common[key] = value;
        }

        Services = ports.Where(p => p.Key is not ("gateway" or "portal")).ToDictionary(p => p.Key, p => new Uri($"http://127.0.0.1:{p.Value}/"));

        // The services' and the portal's clock (the gateway's stays plain: it issues the tokens). A moved clock is refused
        // in Production.
        var services = new Dictionary<string, string>(common);
        if (ShiftableClock)
        {
            services["ASPNETCORE_ENVIRONMENT"] = "Testing";
            services["Testing__ClockOffsetFile"] = ClockOffsetFile;
        }

        var portal = new Dictionary<string, string>(services) { ["Portal__GatewayUrl"] = Gateway.ToString() };
        if (DemoData)
        {
            services["ASPNETCORE_ENVIRONMENT"] = "Development";
            services["Seed__DemoData"] = "true";
        }

        Start("talent-registry", Dll(configuration, "services/TalentRegistry/TalentRegistry.Api", "TalentRegistry.Api"), ports, services);
        Start("policy-matching", Dll(configuration, "services/PolicyMatching/PolicyMatching.Api", "PolicyMatching.Api"), ports, services);
        Start("housing", Dll(configuration, "services/Housing/Housing.Api", "Housing.Api"), ports, services);
        var gateway = new Dictionary<string, string>(common)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Seed__DemoData"] = "true",
            ["Seed__AccountsFile"] = RepositoryPaths.Combine("seeds", "demo-accounts.json"),
        };
        foreach (var service in new[] { "talent-registry", "policy-matching", "housing" })
        {
            var url = $"http://127.0.0.1:{ports[service]}/";
            gateway[$"Services__{service}__Url"] = url;
            gateway[$"ReverseProxy__Clusters__{service}__Destinations__primary__Address"] = url;
        }

        foreach (var (key, value) in GatewaySettings)
        {
            gateway[key] = value;
        }

        gateway["ReverseProxy__Clusters__portal__Destinations__primary__Address"] = $"http://127.0.0.1:{ports["portal"]}/";
        Start("portal", Dll(configuration, "gateway/TalentPortal.Portal", "TalentPortal.Portal"), ports, portal);
        Start("gateway", Dll(configuration, "gateway/TalentPortal.Gateway", "TalentPortal.Gateway"), ports, gateway);
        await WaitUntilReadyAsync();
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        await DeleteVirtualHostAsync(_virtualHost);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Gateway, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task<string> LoginAsync(string username, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("api/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public string Logs() => string.Join("\n", _hosts.Select(h => $"===== {h.Name} =====\n{h.Output}"));

    private void Start(string name, string dll, Dictionary<string, int> ports, Dictionary<string, string> environment)
    {
        var settings = new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{ports[name]}" };
        _starts[name] = (dll, settings);
        _hosts.Add(HostProcess.Start(name, dll, settings));
    }

    private static string Dll(string configuration, string project, string assembly) =>
        RepositoryPaths.Combine(project, "bin", configuration, "net10.0", $"{assembly}.dll");

    private async Task WaitUntilReadyAsync()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_hosts.FirstOrDefault(h => h.HasExited) is { } dead)
            {
                throw new InvalidOperationException($"{dead.Name} exited during start-up:\n{Logs()}");
            }

            try
            {
                using var response = await client.GetAsync("health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The system did not become ready in 90 s:\n{Logs()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
