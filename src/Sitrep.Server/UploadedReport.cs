using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Server;

/// <summary>Turns a posted file (raw HTML, PDF or text body, or one file in a multipart form) into a document with the same readers <c>sitrep ingest</c> uses.</summary>
public static class UploadedReport
{
    /// <summary>The formats a raw body may declare by its Content-Type; anything else is refused with 415 by the caller.</summary>
    public static DocumentFormat? FormatOf(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
        "application/pdf" => DocumentFormat.Pdf,
        "text/plain" => DocumentFormat.Text,
        _ => null,
    };

    /// <summary>True for <c>application/json</c> and <c>+json</c> types: a body a browser cannot send cross-site without a preflight.</summary>
    public static bool IsJson(string mediaType) =>
        mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a raw body of a declared format, with id, published, source and url from the query string.</summary>
    public static Document FromBody(byte[] bytes, DocumentFormat format, IQueryCollection query, long maxBytes)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            if (!ReportFields.Metadata.Contains(key, StringComparer.Ordinal))
                throw ApiError.BadRequest($"unknown parameter '{key}'; a posted file takes {string.Join(", ", ReportFields.Metadata)} in the query string");
            fields[key] = query[key].ToString();
        }

        return Read(null, bytes, format, fields, maxBytes);
    }

    /// <summary>Reads a <c>multipart/form-data</c> body: one part named <c>file</c>, and optional id, published, source and url fields.</summary>
    public static async Task<Document> FromMultipartAsync(byte[] body, MediaTypeHeaderValue media, long maxBytes, CancellationToken cancel)
    {
        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary)) throw ApiError.BadRequest("multipart/form-data without a boundary");

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        (string? Name, string? Type, byte[] Bytes)? file = null;
        var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false));
        try
        {
            while (await reader.ReadNextSectionAsync(cancel) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                    throw ApiError.BadRequest("a multipart part has no form-data Content-Disposition");
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                using var content = new MemoryStream();
                await section.Body.CopyToAsync(content, cancel);
                if (name == "file")
                {
                    if (file is not null) throw ApiError.BadRequest("post one file at a time (found a second part named 'file')");
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    file = (fileName, section.ContentType, content.ToArray());
                }
                else if (ReportFields.Metadata.Contains(name, StringComparer.Ordinal))
                {
                    fields[name] = Encoding.UTF8.GetString(content.ToArray());
                }
                else
                {
                    throw ApiError.BadRequest($"unknown form field '{name}'; expected file, {string.Join(", ", ReportFields.Metadata)}");
                }
            }
        }
        catch (IOException e)
        {
            throw ApiError.BadRequest($"malformed multipart body: {e.Message}");
        }

        if (file is not { } f) throw ApiError.BadRequest("the form has no part named 'file'");
        // The part's own type is trusted when it names a format we read; browsers send application/octet-stream for
        // unknown extensions, and then the bytes decide, as they do for `sitrep ingest`.
        var declared = f.Type is { } t && MediaTypeHeaderValue.TryParse(t, out var pm) && pm.MediaType.Value is { } mt ? FormatOf(mt) : null;
        return Read(f.Name, f.Bytes, declared, fields, maxBytes);
    }

    private static Document Read(string? fileName, byte[] bytes, DocumentFormat? declared, Dictionary<string, string?> fields, long maxBytes)
    {
        if (bytes.Length == 0) throw ApiError.BadRequest("the posted file is empty");
        var published = ReportFields.Published(fields);
        var given = ReportFields.Value(fields, "id");
        var source = ReportFields.Value(fields, "source");
        var url = ReportFields.Value(fields, "url");
        var label = given ?? fileName ?? "the posted file";

        var format = declared ?? DocumentSniffer.Sniff(fileName ?? "", bytes);
        var result = format switch
        {
            DocumentFormat.Pdf => PdfDocumentReader.Read(label, bytes, published, source, url, maxBytes),
            DocumentFormat.Html => HtmlDocumentReader.Read(label, bytes, published, url, maxBytes),
            DocumentFormat.Text => DocumentDecoder.DecodeText(label, bytes, published, source, url, maxBytes),
            // One POST answers with one report's events; a feed or a batch is many reports, which `sitrep ingest` takes.
            DocumentFormat.Feed => throw new ApiError(StatusCodes.Status415UnsupportedMediaType, "a feed holds many reports; post its items one at a time, or run `sitrep ingest` on it"),
            _ => throw new ApiError(StatusCodes.Status415UnsupportedMediaType, "a JSON-lines or CSV batch holds many reports; post them one at a time, or run `sitrep ingest` on it"),
        };
        if (result.Problem is { } problem) throw ApiError.BadRequest($"{label}: {problem.Reason}");

        var doc = result.Document!;
        if (string.IsNullOrWhiteSpace(doc.Text)) throw ApiError.BadRequest($"{label}: the report has no text");
        return doc with { Id = given ?? ReportFields.DefaultId(doc.Text), Source = source ?? doc.Source, Url = url ?? doc.Url };
    }
}
