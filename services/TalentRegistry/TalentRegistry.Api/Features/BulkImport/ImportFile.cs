using System.Text;
using CsvHelper;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An import file: which column holds what, how many data rows it has, and its rows read one at a time from
/// disk (or memory), so a waiting or running import never holds the whole file (row 1 = first line after the header).</summary>
public sealed class ImportFile
{
    private readonly Dictionary<ImportColumn, int> _columns;
    private readonly Func<Stream> _open;

    private ImportFile(Func<Stream> open, Dictionary<ImportColumn, int> columns, string[] headers, int rowCount)
    {
        _open = open;
        _columns = columns;
        HeaderNames = headers;
        RowCount = rowCount;
    }

    public int RowCount { get; }

    private string[] HeaderNames { get; }

    public bool Has(ImportColumn column) => _columns.ContainsKey(column);

    /// <summary>The header as written in the file (for messages), or the canonical one.</summary>
    public string HeaderOf(ImportColumn column) =>
        _columns.TryGetValue(column, out var i) ? HeaderNames[i].Trim().TrimStart('\uFEFF') : ImportColumns.Headers[column][0];

    public string? Field(string[] row, ImportColumn column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _columns.TryGetValue(column, out var i) && i < row.Length && row[i].Trim() is { Length: > 0 } value ? value : null;
    }

    /// <summary>The data rows in order, skipping empty lines; read from the file as they are enumerated.</summary>
    public IEnumerable<string[]> ReadRows() => ReadRows(_open);

    /// <summary>The header of a UTF-8 CSV file, as written.</summary>
    public static string[] ReadHeader(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var csv = CsvReader.Create(open(), null, leaveOpen: false);
        return [.. csv.Headers];
    }

    /// <summary>The data rows of a UTF-8 CSV file after its header, skipping empty lines, read as they are enumerated.</summary>
    public static IEnumerable<string[]> ReadRows(Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        using var csv = CsvReader.Create(open(), null, leaveOpen: false);
        _ = csv.Headers;
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            if (fields.Any(f => f.Length > 0))
            {
                yield return fields;
            }
        }
    }

    /// <summary>Checks a UTF-8 file on disk (the upload already checked its encoding): a file with no header, without the
    /// required columns or without rows is a 400 naming the problem, one with more than <paramref name="maxRows"/> rows a 413.</summary>
    public static ImportFile Open(string path, int maxRows) => Inspect(() => File.OpenRead(path), maxRows);

    /// <summary>Parses UTF-8 CSV held in memory (seeding and benchmarks); the same checks, plus the encoding.</summary>
    public static ImportFile Parse(byte[] content, int maxRows = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsUtf8(content))
        {
            throw ImportUpload.Invalid("The file must be UTF-8 encoded CSV (save as \"CSV UTF-8\").");
        }

        return Inspect(() => new MemoryStream(content, writable: false), maxRows);
    }

    private static ImportFile Inspect(Func<Stream> open, int maxRows)
    {
        var headers = ReadHeader(open);
        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw ImportUpload.Invalid("The file is empty; the first line must be the header.");
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

        var file = new ImportFile(open, columns, headers, 0);
        var rows = 0;
        foreach (var _ in file.ReadRows())
        {
            if (++rows > maxRows)
            {
                throw ImportUpload.TooLarge($"An import file may hold at most {maxRows:N0} rows; split it into several files.");
            }
        }

        return rows == 0 ? throw ImportUpload.Invalid("The file has a header but no rows.") : new ImportFile(open, columns, headers, rows);
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
