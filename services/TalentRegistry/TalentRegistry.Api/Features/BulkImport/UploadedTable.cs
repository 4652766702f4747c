using CsvHelper;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An uploaded file read as a table. Its kind is told from its content, never from its name: a ZIP archive
/// must be an .xlsx <see cref="Workbook"/> (its first worksheet), anything else is read as UTF-8 CSV. The header is
/// the first row that is not blank; the data rows after it are read from disk (or memory) each time they are
/// enumerated, blank ones skipped, and more than the limit is a 413 naming <c>file</c> as soon as it is reached.</summary>
public sealed class UploadedTable
{
    private readonly Func<Stream> _open;
    private readonly int _maxRows;

    private UploadedTable(Func<Stream> open, int maxRows, bool isWorkbook, string[] header)
    {
        _open = open;
        _maxRows = maxRows;
        IsWorkbook = isWorkbook;
        Header = header;
    }

    public bool IsWorkbook { get; }

    /// <summary>The header as written; empty when the file holds nothing.</summary>
    public string[] Header { get; }

    /// <summary>Reads the header; a workbook is first checked to unzip to at most <paramref name="maxUnzippedBytes"/>.</summary>
    public static UploadedTable Open(Func<Stream> open, int maxRows, long maxUnzippedBytes)
    {
        ArgumentNullException.ThrowIfNull(open);
        Span<byte> head = stackalloc byte[4];
        int length;
        using (var stream = open())
        {
            length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (!Workbook.IsZip(head[..length]))
        {
            using var csv = CsvReader.Create(open(), null, leaveOpen: false);
            return new UploadedTable(open, maxRows, false, [.. csv.Headers]);
        }

        Workbook.Check(open, maxUnzippedBytes);
        // Data rows are read only as wide as the header: a column without a name holds nothing to read.
        var header = SheetRows(open, maxRows, Workbook.MaxColumns).FirstOrDefault()?.Fields ?? [];
        return new UploadedTable(open, maxRows, true, header[..(Array.FindLastIndex(header, f => f.Trim().Length > 0) + 1)]);
    }

    /// <summary>The data rows in order, without blank ones.</summary>
    public IEnumerable<FileRow> Rows() => !IsWorkbook ? CsvRows() : Header.Length == 0 ? [] : SheetRows(_open, _maxRows, Header.Length).Skip(1);

    private IEnumerable<FileRow> CsvRows()
    {
        using var csv = CsvReader.Create(_open(), null, leaveOpen: false);
        _ = csv.Headers;
        var number = 0;
        while (csv.Read())
        {
            var fields = new string[csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            if (fields.Any(f => f.Length > 0))
            {
                yield return new FileRow(++number <= _maxRows ? number : throw TooManyRows(_maxRows), fields, []);
            }
        }
    }

    /// <summary>The header row and the data rows of the first worksheet; a row past the limit, blank or not, stops
    /// the reading (a sheet can name a row a million lines down in a few bytes).</summary>
    private static IEnumerable<FileRow> SheetRows(Func<Stream> open, int maxRows, int width)
    {
        foreach (var row in Workbook.ReadRows(open, width))
        {
            if (row.Number - 1 > maxRows)
            {
                throw TooManyRows(maxRows);
            }

            if (!row.IsBlank)
            {
                yield return row;
            }
        }
    }

    private static ProblemException TooManyRows(int maxRows) =>
        ImportUpload.TooLarge($"The file may hold at most {maxRows:N0} rows below its header; split it into several files.");
}
