using Microsoft.Extensions.Options;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Where submitted import files wait for the worker: one file per job under <see cref="ImportOptions.Directory"/>
/// (by default <c>imports</c> in the data directory), deleted once the job is done.</summary>
public sealed class ImportFiles
{
    public ImportFiles(IOptions<ImportOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        Directory = options.Value.Directory
            ?? Path.Combine(configuration["Storage:DataDirectory"] ?? Path.Combine(environment.ContentRootPath, ".data"), "imports");
    }

    public string Directory { get; }

    public string PathOf(Guid jobId)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, $"{jobId:N}.csv");
    }

    public void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open elsewhere (a reader being disposed); the next start-up removes what is left.
        }
    }
}
