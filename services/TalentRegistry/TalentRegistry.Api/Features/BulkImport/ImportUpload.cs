using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TalentPortal.ServiceDefaults.Http;

namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>Writes an uploaded import file (the body, or the multipart field <c>file</c>) to disk as it arrives: never
/// more than the limit is read (413 naming it, whether or not a Content-Length was sent); a body that is neither a ZIP
/// archive (an .xlsx, checked when it is read) nor UTF-8, or a multipart body that ends early, is a 400 naming
/// <c>file</c>.</summary>
public static class ImportUpload
{
    private const int BufferSize = 81_920;

    /// <summary>Saves the file to <paramref name="path"/> and returns the name it was uploaded under.</summary>
    public static async Task<string> SaveAsync(HttpRequest request, string path, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (!request.HasFormContentType)
            {
                await CopyAsync(request.Body, path, maxBytes, cancellationToken);
                return "upload.csv";
            }

            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                throw Invalid("The multipart body names no boundary.");
            }

            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (section.GetContentDispositionHeader() is { } disposition && disposition.Name.Value == "file")
                {
                    await CopyAsync(section.Body, path, maxBytes, cancellationToken);
                    return disposition.FileName.HasValue ? Path.GetFileName(disposition.FileName.Value!) : "upload.csv";
                }
            }

            throw Invalid("Send the file as the body or as a multipart field named \"file\".");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException && request.HasFormContentType)
        {
            throw Invalid("The multipart body is incomplete or malformed; upload the file again.");
        }
    }

    /// <summary>413 whose <c>errors</c> name <c>file</c>, like every other refusal of the file.</summary>
    public static ProblemException TooLarge(string message) =>
        new(StatusCodes.Status413PayloadTooLarge, "Request too large", message, new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["file"] = [message] } });

    public static InvalidFieldException Invalid(string message) => new("file", message);

    private static ProblemException TooLarge(long maxBytes) =>
        TooLarge(string.Create(CultureInfo.InvariantCulture, $"An import file may be at most {maxBytes / 1024.0 / 1024:0.#} MB ({maxBytes} bytes)."));

    private static async Task CopyAsync(Stream body, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[BufferSize];
        var chars = new char[BufferSize + 4];
        var head = new byte[4];
        long total = 0;
        // Unknown until four bytes have come; the ZIP signature is ASCII, so text that is not UTF-8 fails before.
        bool? zip = null;
        await using (var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
        {
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                if (zip is null)
                {
                    var known = (int)Math.Min(total - read, head.Length);
                    var taken = Math.Min(head.Length - known, read);
                    buffer.AsSpan(0, taken).CopyTo(head.AsSpan(known));
                    zip = known + taken == head.Length ? Workbook.IsZip(head) : null;
                }

                if (zip != true)
                {
                    Decode(decoder, buffer.AsSpan(0, read), chars, flush: false);
                }

                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (zip != true)
            {
                Decode(decoder, [], chars, flush: true);
            }
        }

        if (total == 0)
        {
            throw Invalid("A file is required; the body is empty.");
        }
    }

    private static void Decode(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, bool flush)
    {
        try
        {
            _ = decoder.GetChars(bytes, chars, flush);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid("The file must be an Excel workbook (.xlsx) or UTF-8 encoded CSV (save as \"CSV UTF-8\").");
        }
    }
}
