using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TalentPortal.ServiceDefaults.Http;
using TalentPortal.TalentRegistry.Features.BulkImport;

namespace TalentPortal.TalentRegistry.Features.Evidence;

/// <summary>Reads a multipart/form-data evidence upload the way imports are read (<see cref="ImportUpload"/>): never more
/// than the limit of the file (413 naming <c>file</c>), a body that is not multipart, or ends early, is a 400 naming
/// <c>file</c>; a text field longer than <see cref="MaxFieldBytes"/> is a 400 naming it.</summary>
public static class EvidenceUpload
{
    public const int MaxFieldBytes = 200;
    private const int BufferSize = 81_920;

    public static async Task<EvidenceForm> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            throw ImportUpload.Invalid("Send the document as multipart/form-data with the fields \"fact\" and \"file\".");
        }

        try
        {
            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(request.ContentType).Boundary).Value;
            if (string.IsNullOrEmpty(boundary))
            {
                throw ImportUpload.Invalid("The multipart body names no boundary.");
            }

            var form = new EvidenceForm(null, null, null, null);
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (section.GetContentDispositionHeader() is not { } disposition)
                {
                    continue;
                }

                form = disposition.Name.Value switch
                {
                    "file" when form.Content is null => form with
                    {
                        Content = await ReadAsync(section.Body, maxBytes, TooLarge, cancellationToken),
                        FileName = disposition.FileName.HasValue ? disposition.FileName.Value : disposition.FileNameStar.Value,
                    },
                    "fact" => form with { Fact = await FieldAsync("fact", section.Body, cancellationToken) },
                    "applicationId" => form with { ApplicationId = await FieldAsync("applicationId", section.Body, cancellationToken) },
                    _ => form,
                };
            }

            return form;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException)
        {
            throw ImportUpload.Invalid("The multipart body is incomplete or malformed; upload the document again.");
        }
    }

    private static Exception TooLarge(long maxBytes) =>
        ImportUpload.TooLarge(string.Create(CultureInfo.InvariantCulture, $"An evidence document may be at most {maxBytes / 1024.0 / 1024:0.#} MB ({maxBytes} bytes)."));

    private static async Task<string> FieldAsync(string name, Stream body, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(body, MaxFieldBytes, _ => new InvalidFieldException(name, $"{name} must be at most {MaxFieldBytes} bytes."), cancellationToken);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidFieldException(name, $"{name} must be UTF-8 text.");
        }
    }

    private static async Task<byte[]> ReadAsync(Stream body, long maxBytes, Func<long, Exception> tooLarge, CancellationToken cancellationToken)
    {
        using var output = new MemoryStream();
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                throw tooLarge(maxBytes);
            }

            output.Write(buffer, 0, read);
        }

        return output.ToArray();
    }
}
