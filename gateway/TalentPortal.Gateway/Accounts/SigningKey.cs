using System.Security.Cryptography;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Loads the token-signing key: <c>Auth:SigningKeyPath</c> (PEM, EC P-256) when configured, otherwise a key
/// generated once into the data directory so restarts keep signed-in users valid.</summary>
internal static class SigningKey
{
    public static ECDsa Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["Auth:SigningKeyPath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            var directory = configuration["Storage:DataDirectory"] ?? Path.Combine(environment.ContentRootPath, ".data");
            Directory.CreateDirectory(directory);
            path = Path.Combine(directory, "gateway-signing-key.pem");
            if (!File.Exists(path))
            {
                using var generated = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                File.WriteAllText(path, generated.ExportPkcs8PrivateKeyPem());
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }
}
