using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Sitrep.Core.Documents.Formats;

/// <summary>Reads a PDF's text layer page by page, keeping its line breaks so TextNormaliser can undo wraps and hyphenation.</summary>
/// <remarks>Bad input never throws: a corrupt, truncated, encrypted or image-only PDF comes back as a named problem.</remarks>
public static class PdfDocumentReader
{
    /// <summary>The problem for a PDF that PdfPig cannot decrypt with an empty password.</summary>
    public const string EncryptedProblem = "encrypted PDF; cannot read text";

    /// <summary>The problem for a PDF whose pages hold no text, only images or drawings.</summary>
    public const string NoTextProblem = "no text layer; OCR not supported";

    private static readonly ContentOrderTextExtractor.Options Extraction = new()
    {
        SeparateParagraphsWithDoubleNewline = true,
        ReplaceWhitespaceWithSpace = true,
    };

    /// <summary>Reads a PDF into one document.</summary>
    /// <param name="id">Document id, normally the file path.</param>
    /// <param name="bytes">The whole PDF file.</param>
    /// <param name="published">A publication date that overrides the dateline and the PDF's creation date.</param>
    /// <param name="source">Outlet or publisher, if known.</param>
    /// <param name="url">Where the PDF came from, if anywhere.</param>
    /// <param name="maxBytes">Largest file accepted.</param>
    public static DocumentResult Read(string id, ReadOnlyMemory<byte> bytes, DateOnly? published = null, string? source = null, string? url = null, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
            return DocumentResult.Fail(id, null, $"document is {DocumentDecoder.Mb(bytes.Length)}, over the {DocumentDecoder.Mb(maxBytes)} limit for one document");
        var span = bytes.Span;
        if (span[..Math.Min(span.Length, 1024)].IndexOf("%PDF-"u8) < 0)
            return DocumentResult.Fail(id, null, "corrupt PDF: no %PDF- header");
        // Lenient parsing would rebuild a cut-off file and silently drop its missing pages; the end marker shows it is whole.
        if (span[Math.Max(0, span.Length - 1024)..].IndexOf("%%EOF"u8) < 0)
            return DocumentResult.Fail(id, null, "corrupt PDF: truncated (no %%EOF marker at the end)");

        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new StringBuilder();
            var pages = 0;
            foreach (var page in pdf.GetPages())
            {
                pages++;
                var pageText = HtmlText.Tidy(ContentOrderTextExtractor.GetText(page, Extraction));
                if (pageText.Length == 0) continue;
                if (text.Length > 0) text.Append(EndsSentence(text) ? "\n\n" : "\n");
                text.Append(pageText);
            }
            if (pages == 0) return DocumentResult.Fail(id, null, "corrupt PDF: no pages");
            if (text.Length == 0) return DocumentResult.Fail(id, null, NoTextProblem);
            var body = text.ToString();
            var date = published ?? DocumentDecoder.FindDateline(body) ?? Created(pdf);
            return DocumentResult.Ok(new Document(id, date, source, url, body));
        }
        catch (Exception e) when (IsEncryption(e))
        {
            return DocumentResult.Fail(id, null, EncryptedProblem);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentResult.Fail(id, null, $"corrupt PDF: {OneLine(e.Message)}");
        }
    }

    // A page that ends mid-sentence continues on the next, so only a finished sentence earns a paragraph break.
    private static bool EndsSentence(StringBuilder text)
    {
        var last = text[^1];
        return last is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')';
    }

    private static DateOnly? Created(PdfDocument pdf)
    {
        try
        {
            return pdf.Information.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.DateTime) : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static bool IsEncryption(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (x is PdfDocumentEncryptedException) return true;
        return false;
    }

    private static string OneLine(string s)
    {
        var line = s.ReplaceLineEndings(" ").Trim();
        if (line.Length == 0) line = "unreadable structure";
        return line.Length > 160 ? line[..160] + "..." : line;
    }
}
