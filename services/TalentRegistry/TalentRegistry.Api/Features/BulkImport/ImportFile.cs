using System.Text;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An import file (UTF-8 CSV or .xlsx, see <see cref="UploadedTable"/>): which column holds what, how many
/// data rows it has, and its rows read one at a time from disk (or memory), so a waiting or running import never holds
/// the whole file.</summary>
public sealed class ImportFile
{
    private readonly Dictionary<ImportColumn, int> _columns;
    private readonly UploadedTable _table;

    private ImportFile(UploadedTable table, Dictionary<ImportColumn, int> columns, int rowCount)
    {
        _table = table;
        _columns = columns;
        RowCount = rowCount;
    }

    public int RowCount { get; }

    public bool Has(ImportColumn column) => _columns.ContainsKey(column);

    /// <summary>The header as written in the file (for messages), or the canonical one.</summary>
    public string HeaderOf(ImportColumn column) =>
        _columns.TryGetValue(column, out var i) ? _table.Header[i].Trim().TrimStart('\uFEFF') : ImportColumns.Headers[column][0];

    public string? Field(FileRow row, ImportColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _columns.TryGetValue(column, out var i) ? row.Field(i) : null;
    }

    public CellKind KindOf(FileRow row, ImportColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _columns.TryGetValue(column, out var i) ? row.KindOf(i) : CellKind.Text;
    }

    /// <summary>The data rows in order, skipping blank ones; read from the file as they are enumerated.</summary>
    public IEnumerable<FileRow> ReadRows() => _table.Rows();

    /// <summary>Checks a file on disk (the upload already checked a CSV's encoding): a file with no header, without the
    /// required columns or without rows is a 400 naming the problem, one with more than <paramref name="maxRows"/> rows a
    /// 413, a workbook that unzips to more than <paramref name="maxUnzippedBytes"/> a 400.</summary>
    public static ImportFile Open(string path, int maxRows, long maxUnzippedBytes) =>
        Inspect(UploadedTable.Open(() => File.OpenRead(path), maxRows, maxUnzippedBytes));

    /// <summary>Parses UTF-8 CSV held in memory (seeding and benchmarks); the same checks, plus the encoding.</summary>
    public static ImportFile Parse(byte[] content, int maxRows = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsUtf8(content) || Workbook.IsZip(content))
        {
            throw ImportUpload.Invalid("The file must be UTF-8 encoded CSV (save as \"CSV UTF-8\").");
        }

        return Inspect(UploadedTable.Open(() => new MemoryStream(content, writable: false), maxRows, 0));
    }

    private static ImportFile Inspect(UploadedTable table)
    {
        var headers = table.Header;
        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw ImportUpload.Invalid("The file is empty; the first row must be the header.");
        }

        var columns = new Dictionary<ImportColumn, int>();
        for (var i = 0; i < headers.Length; i++)
        {
            if (ImportColumns.Match(headers[i]) is { } column)
            {
                columns.TryAdd(column, i);
            }
        }

        var missing = ImportColumns.Required.Where(c => !columns.ContainsKey(c)).Select(c => ImportColumns.Headers[c][0]).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidFieldException("columns", $"Missing required columns: {string.Join(", ", missing)}.");
        }

        var rows = table.Rows().Count();
        return rows == 0 ? throw ImportUpload.Invalid("The file has a header but no rows.") : new ImportFile(table, columns, rows);
    }

    private static bool IsUtf8(byte[] content)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
