using System.Security.Cryptography;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Finds the personal-data master key: <c>PersonalData:Key</c> (base64, 32 bytes) from configuration or
/// environment; without it, a key generated once into the data directory (single-machine runs only).</summary>
internal static partial class PersonalDataKey
{
    public static byte[] Load(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        if (configuration["PersonalData:Key"] is { Length: > 0 } configured)
        {
            return Convert.FromBase64String(configured);
        }

        var directory = configuration["Storage:DataDirectory"] ?? Path.Combine(environment.ContentRootPath, ".data");
        var file = Path.Combine(directory, "talent-registry.personal-data.key");
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        LogGeneratedKey(logger, file);
        return Convert.FromBase64String(File.ReadAllText(file).Trim());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PersonalData:Key is not configured; using the key file {File}. Configure a managed key in production.")]
    private static partial void LogGeneratedKey(ILogger logger, string file);
}
