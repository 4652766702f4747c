using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TalentPortal.AppHost;

// The whole portal on this machine, as deploy/run.sh ran it before: RabbitMQ, the three services, the portal and the
// gateway on today's loopback ports, LiteDB stores under .run/data, demo data seeded (Development); telemetry into the dashboard.
var builder = DistributedApplication.CreateBuilder(args);

var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
var data = builder.Configuration["TALENTPORTAL_DATA_DIR"] is { Length: > 0 } dataDirectory
    ? Path.GetFullPath(dataDirectory)
    : Path.Combine(root, ".run", "data");
// Development by default: this machine's demo, with the demo accounts and graduates (seeded only in Development). A
// zone's one server sets TALENTPORTAL_ENVIRONMENT=Production and gives the hosts their keys (PersonalData__Key,
// Auth__SigningKeyPath) in the environment; no demo data is seeded then.
var environment = builder.Configuration["TALENTPORTAL_ENVIRONMENT"] is { Length: > 0 } name ? name : "Development";
var demoData = environment == "Development" ? "true" : "false";
var gatewayPort = builder.Configuration.GetValue("GATEWAY_PORT", 8080);
var broker = new BrokerAddress(
    builder.Configuration.GetValue("RABBITMQ_PORT", 5672),
    builder.Configuration.GetValue("RABBITMQ_MANAGEMENT_PORT", 15672),
    BrokerAddress.FirstExchange(Path.Combine(root, "deploy", "rabbitmq", "definitions.json")));
var authority = $"http://127.0.0.1:{gatewayPort}";

// deploy/run.sh writes a key for the dashboard's telemetry API (GET /api/telemetry/..., header x-api-key) for each run;
// read from a file so that it is not in the environment every resource inherits.
if (builder.Configuration["TALENTPORTAL_DASHBOARD_API_KEY_FILE"] is { Length: > 0 } keyFile && File.Exists(keyFile))
{
    builder.Configuration["AppHost:DashboardApiKey"] = File.ReadAllText(keyFile).Trim();
}

// The broker counts as healthy once its management API knows the topology (deploy/rabbitmq/definitions.json), so no
// service publishes before the queues of the services that read its events exist.
builder.Services.AddHealthChecks().AddCheck(BrokerTopologyCheck.Name, new BrokerTopologyCheck(broker));
IResourceBuilder<IResource> rabbitmq = BrokerIsListening(broker.AmqpPort)
    ? AddExistingBroker(builder, root, broker)
    : builder.AddExecutable("rabbitmq", "bash", root, "deploy/rabbitmq.sh", "run")
        .WithEnvironment("RABBITMQ_PORT", broker.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithEnvironment("RABBITMQ_MANAGEMENT_PORT", broker.ManagementPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithHealthCheck(BrokerTopologyCheck.Name);

var talentRegistry = Service(builder.AddProject<Projects.TalentRegistry_Api>("talent-registry", launchProfileName: null), 5101)
    .WithEnvironment("Seed__DemoData", demoData);
var policyMatching = Service(builder.AddProject<Projects.PolicyMatching_Api>("policy-matching", launchProfileName: null), 5102);
var housing = Service(builder.AddProject<Projects.Housing_Api>("housing", launchProfileName: null), 5103);

var portal = Host(builder.AddProject<Projects.TalentPortal_Portal>("portal", launchProfileName: null), 5104)
    .WithEnvironment("Portal__GatewayUrl", authority + "/")
    .WithEnvironment("Portal__KeysDirectory", Path.Combine(data, "portal-keys"));

Host(builder.AddProject<Projects.TalentPortal_Gateway>("gateway", launchProfileName: null), gatewayPort)
    .WithEnvironment("Seed__DemoData", demoData)
    .WithEnvironment("Seed__AccountsFile", Path.Combine(root, "seeds", "demo-accounts.json"))
    .WaitFor(talentRegistry)
    .WaitFor(policyMatching)
    .WaitFor(housing)
    .WaitFor(portal);

builder.Build().Run();

// A host on a fixed loopback port (no proxy in between, so the addresses stay those of deploy/run.sh and the gateway's
// configuration), with the settings every host shared under deploy/run.sh and its readiness as the resource's health.
IResourceBuilder<ProjectResource> Host(IResourceBuilder<ProjectResource> project, int port) => project
    .WithHttpEndpoint(port: port, isProxied: false)
    .WithEndpoint("http", e => e.TargetHost = "127.0.0.1")
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", environment)
    .WithEnvironment("Storage__DataDirectory", data)
    .WithEnvironment("Auth__Authority", authority)
    .WithHttpHealthCheck("/health/ready");

// A service: a host that reads and publishes events, so it starts once the broker is ready.
IResourceBuilder<ProjectResource> Service(IResourceBuilder<ProjectResource> project, int port) => Host(project, port)
    .WithEnvironment("RabbitMq__Host", "127.0.0.1")
    .WithEnvironment("RabbitMq__Port", broker.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
    .WaitFor(rabbitmq);

// A broker already serves the port (another checkout's, or one started with deploy/rabbitmq.sh start): use it as it
// is, declare the topology once, and never stop it.
static IResourceBuilder<IResource> AddExistingBroker(IDistributedApplicationBuilder builder, string root, BrokerAddress broker)
{
    var topology = builder.AddExecutable("rabbitmq-topology", "bash", root, "deploy/rabbitmq.sh", "topology")
        .WithEnvironment("RABBITMQ_MANAGEMENT_PORT", broker.ManagementPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
    return builder.AddConnectionString("rabbitmq", ReferenceExpression.Create($"amqp://127.0.0.1:{broker.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))
        .WithHealthCheck(BrokerTopologyCheck.Name)
        .WaitForCompletion(topology);
}

static bool BrokerIsListening(int port)
{
    try
    {
        using var client = new TcpClient();
        client.Connect(System.Net.IPAddress.Loopback, port);
        return true;
    }
    catch (SocketException)
    {
        return false;
    }
}
