namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An accepted import waiting for the worker: its job and the file on disk.</summary>
public sealed record PendingImport(Guid JobId, string Path);
