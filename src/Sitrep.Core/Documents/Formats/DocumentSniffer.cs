using System.Text;

namespace Sitrep.Core.Documents.Formats;

/// <summary>The kinds of file that ingest reads.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text, one document per file.</summary>
    Text,
    /// <summary>A web page.</summary>
    Html,
    /// <summary>A PDF file.</summary>
    Pdf,
    /// <summary>An RSS or Atom feed, one document per item.</summary>
    Feed,
    /// <summary>JSON lines, one document per line.</summary>
    JsonLines,
    /// <summary>A CSV batch with a header naming a text column, one document per record.</summary>
    CsvBatch,
}

/// <summary>Decides a file's format from its leading bytes, then its extension, so a directory of mixed files can be ingested.</summary>
public static class DocumentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The format of a file. The content decides when it is unmistakable (a PDF header, a feed or HTML root element); otherwise the extension does; otherwise it is text.</summary>
    /// <param name="path">File name or path; only its extension is used.</param>
    /// <param name="head">The file's first bytes (all of it or at least <see cref="HeadBytes"/>).</param>
    public static DocumentFormat Sniff(string path, ReadOnlySpan<byte> head)
    {
        head = head[..Math.Min(head.Length, HeadBytes)];
        // PDF readers accept junk before the header, within the first kilobyte.
        if (head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0) return DocumentFormat.Pdf;
        var byContent = FromMarkup(Head(head));
        if (byContent is { } f) return f;
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".pdf" => DocumentFormat.Pdf,
            ".html" or ".htm" or ".xhtml" or ".shtml" => DocumentFormat.Html,
            ".rss" or ".atom" or ".xml" or ".rdf" => DocumentFormat.Feed,
            ".jsonl" or ".ndjson" => DocumentFormat.JsonLines,
            ".csv" => DocumentFormat.CsvBatch,
            _ => DocumentFormat.Text,
        };
    }

    private static string Head(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0xFF && head[1] == 0xFE) return Encoding.Unicode.GetString(head[2..]);
        if (head.Length >= 2 && head[0] == 0xFE && head[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(head[2..]);
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF) head = head[3..];
        // Markup names are ASCII, so Latin-1 reads them whatever the real encoding.
        return Encoding.Latin1.GetString(head);
    }

    /// <summary>The format named by the root element, skipping the XML declaration, comments, processing instructions and a DOCTYPE.</summary>
    private static DocumentFormat? FromMarkup(string s)
    {
        var i = 0;
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length || s[i] != '<') return null;
            if (At(s, i, "<?"))
            {
                var end = s.IndexOf("?>", i, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + 2;
            }
            else if (At(s, i, "<!--"))
            {
                var end = s.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0) return null;
                i = end + 3;
            }
            else if (At(s, i, "<!doctype"))
            {
                var name = Name(s, i + 9);
                if (name == "html") return DocumentFormat.Html;
                // The DOCTYPE names the root, so a feed that declares entities is still a feed (and its reader refuses it by name).
                if (IsFeedRoot(name)) return DocumentFormat.Feed;
                return null;
            }
            else
            {
                var name = Name(s, i + 1);
                if (name is "html" or "head" or "body") return DocumentFormat.Html;
                if (IsFeedRoot(name)) return DocumentFormat.Feed;
                return null;
            }
        }
    }

    private static bool IsFeedRoot(string name) => name is "rss" or "feed" or "rdf:rdf" or "rdf";

    private static bool At(string s, int i, string token) => string.Compare(s, i, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Name(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        var start = i;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || s[i] is ':' or '-' or '_' or '.')) i++;
        return s[start..i].ToLowerInvariant();
    }
}
