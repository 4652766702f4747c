using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;

namespace TalentPortal.ArchitectureTests;

/// <summary>Hosts a service in-process with only its web host started: no broker connection, no seeding, no workers.
/// Enough to read the endpoints it maps; not for sending requests that touch the store or the bus.</summary>
public sealed class ServiceHost<TProgram> : WebApplicationFactory<TProgram> where TProgram : class
{
    private const string WebHostService = "Microsoft.AspNetCore.Hosting.GenericWebHostService";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "talentportal-architecture", Guid.NewGuid().ToString("N"));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The host never opened its store.
        }
        catch (IOException)
        {
            // A file still held by the closing host; the temp directory is cleaned by the OS.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("PersonalData:Key", Convert.ToBase64String(new byte[32]));

        // The gateway outside Development signs only with a key it is given.
        Directory.CreateDirectory(_dataDirectory);
        var signingKey = Path.Combine(_dataDirectory, "signing-key.pem");
        using (var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256))
        {
            File.WriteAllText(signingKey, key.ExportPkcs8PrivateKeyPem());
        }

        builder.UseSetting("Auth:SigningKeyPath", signingKey);
        builder.ConfigureTestServices(services =>
        {
            // The bus, the outbox relay, seeders and workers are hosted services; the web host is the one kept.
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName != WebHostService).ToList())
            {
                services.Remove(hosted);
            }
        });
    }
}
