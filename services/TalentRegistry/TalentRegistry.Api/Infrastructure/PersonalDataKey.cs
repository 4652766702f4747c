using System.Security.Cryptography;

namespace TalentPortal.TalentRegistry.Infrastructure;

/// <summary>Finds the personal-data master key: <c>PersonalData:Key</c> (base64, 32 bytes) from configuration or
/// environment. Only in Development may it be left out: a key is then generated once into the data directory. Anywhere
/// else a missing or malformed key stops the start with a message saying what to provide.</summary>
internal static partial class PersonalDataKey
{
    public const string Setting = "PersonalData:Key";

    /// <summary>Checks at start-up that the key is there and well formed (or may be generated), before anything runs.</summary>
    public static void Require(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            _ = Decode(configured);
        }
        else if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{Setting} is not set. In the {environment.EnvironmentName} environment talent-registry encrypts personal data only with a key it is given: " +
                "provide 32 random bytes in base64 (e.g. `openssl rand -base64 32`) as PersonalData__Key from a secret store or a Kubernetes Secret.");
        }
    }

    public static byte[] Load(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            return Decode(configured);
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

    private static byte[] Decode(string configured)
    {
        var key = new byte[32];
        return Convert.TryFromBase64String(configured.Trim(), key, out var length) && length == 32
            ? key
            : throw new InvalidOperationException($"{Setting} must be 32 bytes in base64 (44 characters, e.g. from `openssl rand -base64 32`).");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PersonalData:Key is not configured; using the key file {File} (Development only).")]
    private static partial void LogGeneratedKey(ILogger logger, string file);
}
