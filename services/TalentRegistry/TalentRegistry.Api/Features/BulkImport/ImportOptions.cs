namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Limits of bulk import (configuration section <c>Imports</c>).</summary>
public sealed class ImportOptions
{
    /// <summary>Largest file accepted (413 beyond it, for any body, with or without Content-Length).</summary>
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Most data rows in one file (413 beyond it).</summary>
    public int MaxRows { get; set; } = 100_000;

    /// <summary>Most bytes an .xlsx file may unzip to (400 beyond it, found before its rows are read).</summary>
    public long MaxUnzippedBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Imports waiting or running at once; one more is a 429 with Retry-After.</summary>
    public int QueueCapacity { get; set; } = 8;

    /// <summary>Where submitted files wait for the worker; default <c>imports</c> under the data directory.</summary>
    public string? Directory { get; set; }

    /// <summary>Seconds a refused submitter is told to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 60;
}
