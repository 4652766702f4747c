using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace TalentPortal.TalentRegistry.Tests;

/// <summary>.xlsx files made the way a spreadsheet program saves them (one worksheet; the first row holds the keys of
/// the first row given, as the header), and uploads of any bytes as the multipart field <c>file</c>.</summary>
public static class Workbooks
{
    public static byte[] Of(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>The same workbook with its sheet's XML changed by <paramref name="edit"/>.</summary>
    public static byte[] WithSheet(byte[] workbook, Func<string, string> edit)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(edit);
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }

        return stream.ToArray();
    }

    public static MultipartFormDataContent Upload(byte[] content, string fileName) =>
        new() { { new ByteArrayContent(content), "file", fileName } };
}
