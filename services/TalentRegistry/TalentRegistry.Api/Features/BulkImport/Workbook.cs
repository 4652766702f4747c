using System.Globalization;
using System.IO.Compression;
using System.Xml;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>An uploaded .xlsx workbook: a ZIP archive holding <c>[Content_Types].xml</c> and <c>xl/workbook.xml</c>,
/// of which the first worksheet is read (its first <see cref="MaxColumns"/> columns). A workbook is checked before it
/// is read, so a small file that unzips to a huge one is refused having unzipped no more than the limit.</summary>
public static class Workbook
{
    public const int MaxColumns = 64;
    private const int BufferSize = 81_920;

    // Blank rows the sheet leaves out are made up one at a time as they are enumerated, so the caller's row limit
    // bounds them; the reader's own bound would refuse a long gap at once as an unreadable sheet instead.
    private static readonly OpenXmlConfiguration Reading = new()
    {
        EnableConvertByteArray = false,
        FillMergedCells = false,
        IgnoreEmptyRows = false,
        MaxSynthesizedCells = int.MaxValue,
    };

    /// <summary>Whether the content starts as a ZIP archive does (<c>PK\x03\x04</c>).</summary>
    public static bool IsZip(ReadOnlySpan<byte> head) => head.StartsWith("PK\x03\x04"u8);

    /// <summary>400 naming <c>file</c> unless the archive is a workbook whose entries unzip to at most
    /// <paramref name="maxUnzippedBytes"/> in all; each entry is unzipped (and counted) only that far.</summary>
    public static void Check(Func<Stream> open, long maxUnzippedBytes)
    {
        ArgumentNullException.ThrowIfNull(open);
        try
        {
            using var zip = new ZipArchive(open(), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null || zip.GetEntry("xl/workbook.xml") is null)
            {
                throw ImportUpload.Invalid("The file is a ZIP archive but not an Excel workbook; upload the .xlsx itself or a UTF-8 CSV.");
            }

            var buffer = new byte[BufferSize];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > maxUnzippedBytes)
                    {
                        throw ImportUpload.Invalid(string.Create(
                            CultureInfo.InvariantCulture,
                            $"The workbook unzips to more than {maxUnzippedBytes / 1024.0 / 1024:0.#} MB ({maxUnzippedBytes} bytes); split it into several files."));
                    }
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw Damaged();
        }
    }

    /// <summary>Every row of the first worksheet in order, blank ones included, numbered as the sheet numbers them, with
    /// its first <paramref name="width"/> columns; read as they are enumerated, so the caller stops the reading at its
    /// row limit. A workbook that cannot be read is a 400 naming <c>file</c>.</summary>
    public static IEnumerable<FileRow> ReadRows(Func<Stream> open, int width = MaxColumns)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxColumns);
        var columns = Enumerable.Range(0, width).Select(ColumnName).ToArray();
        using var stream = open();
        using var rows = stream.QueryRange(false, null, ExcelType.XLSX, 1, 1, null, width, Reading).GetEnumerator();
        var number = 0;
        while (Next(rows))
        {
            var cells = (IDictionary<string, object?>)rows.Current;
            var fields = new string[width];
            var kinds = new CellKind[width];
            for (var i = 0; i < width; i++)
            {
                (fields[i], kinds[i]) = Cell(cells.TryGetValue(columns[i], out var value) ? value : null);
            }

            yield return new FileRow(++number, fields, kinds);
        }
    }

    private static bool Next(IEnumerator<dynamic> rows)
    {
        try
        {
            return rows.MoveNext();
        }
        // The reader's own failures on a malformed part: the content is at fault, not the service.
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or XmlException or FormatException or ArgumentException
            or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException or OverflowException)
        {
            throw Damaged();
        }
    }

    private static (string Text, CellKind Kind) Cell(object? value) => value switch
    {
        null => (string.Empty, CellKind.Text),
        string text => (text, CellKind.Text),
        bool flag => (flag ? "true" : "false", CellKind.Boolean),
        DateTime date => (date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), CellKind.Date),
        IFormattable number => (number.ToString(null, CultureInfo.InvariantCulture), CellKind.Number),
        _ => (value.ToString() ?? string.Empty, CellKind.Text),
    };

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    private static InvalidFieldException Damaged() =>
        ImportUpload.Invalid("The workbook cannot be read; save it again in Excel as .xlsx, or as \"CSV UTF-8\".");
}
