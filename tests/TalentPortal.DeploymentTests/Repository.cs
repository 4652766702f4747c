using System.ComponentModel;
using System.Diagnostics;

namespace TalentPortal.DeploymentTests;

/// <summary>The repository's folders and the command-line tools the checks run (kubectl, node, docker-compose, yamllint),
/// all offline.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Runs a tool to completion; a tool that is not installed fails with what installs it.</summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? input = null)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' is not installed: {InstallHint(tool)} ({e.Message})", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{tool} {string.Join(' ', arguments)} did not finish within 60 s.");
            }

            return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
    }

    private static string InstallHint(string tool) => tool switch
    {
        "kubectl" => "the deployment checks render the manifests with the kubectl client (kustomize built in); install kubectl (v1.32 or later) on this machine",
        "node" => "the schema check runs tests/tools/validate-k8s.mjs with Node.js",
        "docker-compose" or "yamllint" => $"tests/run.sh installs it (apt-get install -y {tool})",
        _ => "install it",
    };

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TalentPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TalentPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
