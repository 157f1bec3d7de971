namespace Sitrep.Core.Documents.Formats;

/// <summary>Reads a file of any supported format into documents, choosing the reader with <see cref="DocumentSniffer"/>.</summary>
public static class DocumentReaders
{
    /// <summary>Documents (or problems) from one whole file: one for text, HTML and PDF, one per item for feeds, one per line for JSON lines, one per record for CSV batches.</summary>
    /// <param name="path">The file's path; it is the document id, and its extension helps decide the format.</param>
    /// <param name="bytes">The file's contents.</param>
    /// <param name="published">A publication date that overrides what the files say.</param>
    /// <param name="maxBytes">Largest file accepted.</param>
    public static IReadOnlyList<DocumentResult> Read(string path, byte[] bytes, DateOnly? published = null, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return DocumentSniffer.Sniff(path, bytes) switch
        {
            DocumentFormat.Pdf => [PdfDocumentReader.Read(path, bytes, published, maxBytes: maxBytes)],
            DocumentFormat.Html => [HtmlDocumentReader.Read(path, bytes, published, maxBytes: maxBytes)],
            DocumentFormat.Feed => FeedReader.Read(path, bytes, published, maxBytes),
            DocumentFormat.JsonLines => JsonLines(path, bytes, published, maxBytes),
            DocumentFormat.CsvBatch => CsvBatch(path, bytes, published, maxBytes),
            _ => [DocumentDecoder.DecodeText(path, bytes, published, maxBytes: maxBytes)],
        };
    }

    private static IReadOnlyList<DocumentResult> CsvBatch(string path, byte[] bytes, DateOnly? published, long maxBytes)
    {
        var text = DocumentDecoder.DecodeBytes(bytes, out var problem);
        if (text is null) return [DocumentResult.Fail(path, null, problem!)];
        return CsvBatchReader.Read(path, new StringReader(text), published, maxBytes).ToList();
    }

    private static IReadOnlyList<DocumentResult> JsonLines(string path, byte[] bytes, DateOnly? published, long maxBytes)
    {
        if (bytes.Length > maxBytes)
            return [DocumentResult.Fail(path, null, $"document is {DocumentDecoder.Mb(bytes.Length)}, over the {DocumentDecoder.Mb(maxBytes)} limit for one document")];
        var text = DocumentDecoder.DecodeBytes(bytes, out var problem);
        if (text is null) return [DocumentResult.Fail(path, null, problem!)];
        var results = new List<DocumentResult>();
        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            results.Add(DocumentDecoder.DecodeJsonLine(path, lineNo, line.TrimEnd('\r'), published));
        }
        return results;
    }
}
