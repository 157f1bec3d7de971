using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Documents;

/// <summary>Turns bytes and JSON lines into documents, refusing binary, empty, oversized and mis-encoded input with a clear reason.</summary>
public static partial class DocumentDecoder
{
    /// <summary>The default largest document, in bytes.</summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"^\s*(?:(?:published|date|posted|updated)\s*:?\s*)?(?:\w+,\s+)?(?<date>(?:19|20)\d\d-\d\d-\d\d|(?:[12]?\d|3[01])\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:[12]?\d|3[01]),?\s+(?:19|20)\d\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    /// <summary>
    /// Decodes a whole file's bytes as one plain-text document: UTF-8 (or UTF-16 with a BOM), or <paramref name="encoding"/>
    /// when given. Bytes that are not UTF-8 are refused, or with <paramref name="legacyFallback"/> read as Windows-1252,
    /// the usual encoding of such files, with a warning naming the first offending byte: one stray byte from an old editor
    /// should not lose a whole report where the caller can show the warning (the CLI), and is refused where it cannot (the API).
    /// </summary>
    public static DocumentResult DecodeText(string id, ReadOnlySpan<byte> bytes, DateOnly? published, string? source = null, string? url = null,
        long maxBytes = DefaultMaxBytes, Encoding? encoding = null, bool legacyFallback = false)
    {
        if (bytes.Length > maxBytes)
            return DocumentResult.Fail(id, null, $"document is {Mb(bytes.Length)}, over the {Mb(maxBytes)} limit for one document");
        string? warning = null;
        var text = DecodeBytes(bytes, out var problem, out var badUtf8At, encoding);
        if (text is null && legacyFallback && badUtf8At is { } at)
        {
            text = Windows1252.GetString(bytes);
            warning = $"not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {at}); read as Windows-1252. Check its accented letters, or give --encoding";
        }

        if (text is null) return DocumentResult.Fail(id, null, problem!);
        if (string.IsNullOrWhiteSpace(text)) return DocumentResult.Fail(id, null, "empty document (no text)");
        return DocumentResult.Ok(new Document(id, published ?? FindDateline(text), source, url, text)) with { Warning = warning };
    }

    // Made when a text first needs it: loading the code-page encodings cost every start for the rare stray byte.
    private static Encoding Windows1252 => Cp1252.Value;

    private static readonly Lazy<Encoding> Cp1252 = new(() => CodePagesEncodingProvider.Instance.GetEncoding(1252)!);

    /// <summary>The encoding a user names (--encoding), or null when .NET knows no such name.</summary>
    public static Encoding? EncodingNamed(string name)
    {
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Text from bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; null with a reason for binary or invalid input.</summary>
    public static string? DecodeBytes(ReadOnlySpan<byte> bytes, out string? problem) => DecodeBytes(bytes, out problem, out _, null);

    /// <summary>As <see cref="DecodeBytes(ReadOnlySpan{byte}, out string?)"/>; also gives the offset of the first byte that is not UTF-8, and decodes with <paramref name="encoding"/> when given.</summary>
    public static string? DecodeBytes(ReadOnlySpan<byte> bytes, out string? problem, out int? badUtf8At, Encoding? encoding)
    {
        badUtf8At = null;
        problem = null;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var enc = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            try { return enc.GetString(bytes[2..]); }
            catch (DecoderFallbackException) { problem = "invalid UTF-16 text"; return null; }
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        var nul = bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = $"binary file (NUL byte at offset {nul}); not text";
            return null;
        }
        if (bytes.Length >= 5 && bytes[..5].SequenceEqual("%PDF-"u8))
        {
            problem = "PDF file: plain-text extract reads text only (PDF input comes with `sitrep ingest`)";
            return null;
        }
        if (encoding is not null) return encoding.GetString(bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            badUtf8At = e.Index;
            problem = $"invalid UTF-8 at byte offset {e.Index}; convert the file to UTF-8";
            return null;
        }
    }

    /// <summary>Parses one JSONL line {"id","published","source","url","text"}.</summary>
    public static DocumentResult DecodeJsonLine(string file, int line, string json, DateOnly? publishedOverride)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return DocumentResult.Fail(file, line, "not a JSON object");
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                return DocumentResult.Fail(file, line, "no \"text\" string field");
            var text = textEl.GetString()!;
            if (string.IsNullOrWhiteSpace(text)) return DocumentResult.Fail(file, line, "empty \"text\"");
            var id = root.TryGetProperty("id", out var idEl) ? idEl.ValueKind switch
            {
                JsonValueKind.String => idEl.GetString(),
                JsonValueKind.Number => idEl.GetRawText(),
                _ => null,
            } : null;
            id ??= $"{file}:{line}";
            DateOnly? published = publishedOverride;
            if (published is null && root.TryGetProperty("published", out var pubEl) && pubEl.ValueKind == JsonValueKind.String)
            {
                var p = pubEl.GetString()!;
                published = ParseIsoDate(p);
                if (published is null && p.Length > 0) return DocumentResult.Fail(file, line, $"\"published\" is not a date: \"{Trim(p)}\" (use YYYY-MM-DD)");
            }
            published ??= FindDateline(text);
            return DocumentResult.Ok(new Document(id, published, Str(root, "source"), Str(root, "url"), text));
        }
        catch (JsonException e)
        {
            return DocumentResult.Fail(file, line, $"malformed JSON ({e.Message.Split(" Path:")[0].Split(". LineNumber")[0]})");
        }
    }

    /// <summary>
    /// A date as people and programs type it into a field: "YYYY-MM-DD" or an ISO 8601 timestamp, nothing else.
    /// "06/09/2024" is 9 June in one country and 6 September in another, so it is refused rather than guessed.
    /// </summary>
    public static DateOnly? ParseIsoDate(string s)
    {
        s = s.Trim();
        if (s.Length < 10 || !DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
        if (s.Length == 10) return d;
        // A timestamp: the time part must be ISO too, and the date is the one written (the writer's local day, not UTC's).
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) && s[10] is 'T' or 't' or ' '
            ? d
            : null;
    }

    /// <summary>
    /// A date from page or feed metadata: ISO ("2024-06-09", "2024-06-09T10:00:00+03:00") or one that names its month
    /// ("Sun, 09 Jun 2024 10:00:00 GMT", "June 9, 2024"). All-numeric dates other than ISO are ambiguous and refused.
    /// </summary>
    public static DateOnly? ParseDate(string s)
    {
        s = s.Trim();
        if (ParseIsoDate(s) is { } iso) return iso;
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (!s.Any(char.IsLetter)) return null;
        return DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var dt) ? DateOnly.FromDateTime(dt) : null;
    }

    /// <summary>A publication date stated at the top of the text ("May 28, 2020 — ..."), if any.</summary>
    public static DateOnly? FindDateline(string text)
    {
        var head = text.Length > 200 ? text[..200] : text;
        var m = Dateline().Match(head);
        if (!m.Success) return null;
        var s = m.Groups["date"].Value;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        foreach (var fmt in new[] { "d MMMM yyyy", "MMMM d yyyy", "MMMM d, yyyy" })
            if (DateOnly.TryParseExact(Patterns.Get(@"\s+").Replace(s, " "), fmt, CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        return null;
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;

    private static string Trim(string s) => s.Length > 40 ? s[..40] + "..." : s;

    /// <summary>A byte count for messages ("100.0 MB").</summary>
    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
