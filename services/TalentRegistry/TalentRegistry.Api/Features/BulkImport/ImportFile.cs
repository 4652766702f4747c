using System.Text;
using CsvHelper;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>A parsed import file: which column holds what, and the data rows (row 1 = first line after the header).</summary>
public sealed class ImportFile
{
    private readonly Dictionary<ImportColumn, int> _columns;

    private ImportFile(Dictionary<ImportColumn, int> columns, string[] headers, List<string[]> rows)
    {
        _columns = columns;
        HeaderNames = headers;
        Rows = rows;
    }

    public IReadOnlyList<string[]> Rows { get; }

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

    /// <summary>Parses UTF-8 CSV; a file that is not UTF-8, has no header or lacks required columns is a 400 naming the problem.</summary>
    public static ImportFile Parse(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsUtf8(content))
        {
            throw Invalid("file", "The file must be UTF-8 encoded CSV (save as \"CSV UTF-8\").");
        }

        using var csv = CsvReader.Create(content, null);
        var headers = csv.Headers.ToArray();
        if (headers.Length == 0 || headers.All(string.IsNullOrWhiteSpace))
        {
            throw Invalid("file", "The file is empty; the first line must be the header.");
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
            throw Invalid("columns", $"Missing required columns: {string.Join(", ", missing)}.");
        }

        var rows = new List<string[]>();
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            if (fields.Any(f => f.Length > 0))
            {
                rows.Add(fields);
            }
        }

        return rows.Count == 0 ? throw Invalid("file", "The file has a header but no rows.") : new ImportFile(columns, headers, rows);
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

    private static ProblemException Invalid(string field, string message) =>
        new(400, "One or more validation errors occurred.", message, new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
