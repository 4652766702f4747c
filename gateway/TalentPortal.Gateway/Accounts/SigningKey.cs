using System.Security.Cryptography;

namespace TalentPortal.Gateway.Accounts;

/// <summary>Loads the token-signing key: <c>Auth:SigningKeyPath</c> (PEM, EC P-256). Only in Development may it be
/// left out: a key is then generated once into the data directory so restarts keep signed-in users valid. Anywhere
/// else a missing or unreadable key stops the start with a message saying what to provide.</summary>
internal static class SigningKey
{
    public const string Setting = "Auth:SigningKeyPath";

    public static ECDsa Load(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[Setting];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{Setting} is not set. In the {environment.EnvironmentName} environment the gateway signs tokens only with a key it is given: " +
                    "mount an EC P-256 private key (PKCS#8 PEM, e.g. from a Kubernetes Secret) and set Auth__SigningKeyPath to its file.");
            }

            path = GeneratedKeyFile(configuration, environment);
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Setting} names {path}, which does not exist: mount the signing key's PEM file there.");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (ArgumentException e)
        {
            key.Dispose();
            throw new InvalidOperationException($"{Setting} names {path}, which holds no EC private key in PEM form.", e);
        }

        return key;
    }

    private static string GeneratedKeyFile(IConfiguration configuration, IHostEnvironment environment)
    {
        var directory = configuration["Storage:DataDirectory"] ?? Path.Combine(environment.ContentRootPath, ".data");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "gateway-signing-key.pem");
        if (!File.Exists(path))
        {
            using var generated = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            File.WriteAllText(path, generated.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return path;
    }
}
