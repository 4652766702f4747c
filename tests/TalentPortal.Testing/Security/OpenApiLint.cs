using System.Diagnostics;
using System.Text.Json;

namespace TalentPortal.Testing.Security;

/// <summary>Runs the standard OpenAPI linter (Redocly CLI, installed by tests/run.sh into tests/tools from npm) over a
/// document and returns its errors; warnings are advice and are not returned.</summary>
public static class OpenApiLint
{
    public static string Cli => RepositoryPaths.Combine("tests", "tools", "node_modules", "@redocly", "cli", "bin", "cli.js");

    public static async Task<IReadOnlyList<string>> ErrorsAsync(string documentJson, string name)
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException($"The OpenAPI linter is not installed ({Cli}); tests/run.sh installs it (npm ci in tests/tools).");
        }

        var directory = Directory.CreateTempSubdirectory("talentportal-openapi-");
        try
        {
            var file = Path.Combine(directory.FullName, $"{name}.json");
            await File.WriteAllTextAsync(file, documentJson);
            var start = new ProcessStartInfo("node", [Cli, "lint", file, "--format=json", "--extends=recommended"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory.FullName,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var json = await output;
            var start0 = json.IndexOf('{', StringComparison.Ordinal);
            if (start0 < 0)
            {
                throw new InvalidOperationException($"The linter printed no report (exit {process.ExitCode}): {await error}");
            }

            using var report = JsonDocument.Parse(json[start0..]);
            return [.. report.RootElement.GetProperty("problems").EnumerateArray()
                .Where(p => p.GetProperty("severity").GetString() == "error")
                .Select(p => $"{p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at " +
                    string.Join(", ", p.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString())))];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
