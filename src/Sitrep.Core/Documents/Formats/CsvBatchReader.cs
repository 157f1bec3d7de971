using System.Text;

namespace Sitrep.Core.Documents.Formats;

/// <summary>Reads a CSV batch of reports: a header naming a <c>text</c> column and, optionally, id, published, source and url.</summary>
/// <remarks>
/// Records are read one at a time from the stream, so a batch of any size is read in bounded memory. Fields follow
/// RFC 4180: comma-separated, optionally quoted, a quote inside a quoted field doubled, line breaks allowed inside
/// quotes. A record that cannot be a document is a problem naming its line; the rest of the batch goes on.
/// </remarks>
public static class CsvBatchReader
{
    private static readonly string[] Optional = ["id", "published", "source", "url"];

    /// <summary>Documents (or problems) from the CSV in <paramref name="reader"/>; <paramref name="file"/> names them in messages and default ids.</summary>
    public static IEnumerable<DocumentResult> Read(string file, TextReader reader, DateOnly? publishedOverride, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        var records = new CsvRecords(reader, maxBytes);
        if (!records.Next(out var header, out _, out _))
        {
            yield return DocumentResult.Fail(file, null, "empty CSV batch (no header row)");
            yield break;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        if (!columns.TryGetValue("text", out var textAt))
        {
            yield return DocumentResult.Fail(file, 1, $"CSV batch without a 'text' column (columns: {string.Join(", ", header.Take(12))}); " +
                $"expected text and optionally {string.Join(", ", Optional)}");
            yield break;
        }

        while (records.Next(out var fields, out var line, out var problem))
        {
            if (problem is null && fields.Count == 1 && fields[0].Length == 0) continue; // a blank line
            yield return problem is not null ? DocumentResult.Fail(file, line, problem) : Row(file, line, fields, columns, textAt, publishedOverride);
        }
    }

    private static DocumentResult Row(string file, int line, List<string> fields, Dictionary<string, int> columns, int textAt, DateOnly? publishedOverride)
    {
        string? Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Count && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;
        var text = textAt < fields.Count ? fields[textAt] : "";
        if (string.IsNullOrWhiteSpace(text)) return DocumentResult.Fail(file, line, "empty 'text' field");
        var published = publishedOverride;
        if (published is null && Field("published") is { } p)
        {
            published = DocumentDecoder.ParseIsoDate(p);
            if (published is null) return DocumentResult.Fail(file, line, $"'published' is not a date: \"{(p.Length > 40 ? p[..40] + "..." : p)}\" (use YYYY-MM-DD)");
        }

        published ??= DocumentDecoder.FindDateline(text);
        return DocumentResult.Ok(new Document(Field("id") ?? $"{file}:{line}", published, Field("source"), Field("url"), text));
    }

    /// <summary>RFC 4180 records from a reader, with the line each starts on.</summary>
    private sealed class CsvRecords(TextReader reader, long maxChars)
    {
        private int _line = 1;

        public bool Next(out List<string> fields, out int line, out string? problem)
        {
            fields = [];
            line = _line;
            problem = null;
            var field = new StringBuilder();
            var quoted = false;
            var any = false;
            long length = 0;
            while (true)
            {
                var c = reader.Read();
                if (c < 0)
                {
                    if (quoted) problem = "malformed CSV: a quoted field is not closed before the end of the file";
                    if (!any && field.Length == 0) return problem is not null;
                    fields.Add(field.ToString());
                    return true;
                }

                any = true;
                if (++length > maxChars && problem is null) problem = $"record is over the {DocumentDecoder.Mb(maxChars)} limit for one document";
                if (c == '\n') _line++;
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"') { reader.Read(); Append(field, '"', problem); }
                        else quoted = false;
                    }
                    else Append(field, (char)c, problem);
                    continue;
                }

                switch (c)
                {
                    case '"' when field.Length == 0:
                        quoted = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        break;
                    case '\r' when reader.Peek() == '\n':
                        break;
                    case '\n':
                        fields.Add(field.ToString());
                        return true;
                    default:
                        Append(field, (char)c, problem);
                        break;
                }
            }
        }

        // Past the size limit the record is still read to its end (to find the next one) but no longer kept.
        private static void Append(StringBuilder field, char c, string? problem)
        {
            if (problem is null) field.Append(c);
        }
    }
}
