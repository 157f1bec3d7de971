using System.Buffers;
using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Cli.Input;

/// <summary>Reads documents from files, directories, JSONL and CSV batches and standard input, reporting each bad one by name.</summary>
/// <param name="published">The fallback publication date, for documents that state none (no field, sidecar, metadata or dateline).</param>
/// <param name="maxBytes">Largest document accepted.</param>
/// <param name="stdin">Standard input (tests give their own).</param>
public sealed class DocumentSources(DateOnly? published, long maxBytes = DocumentDecoder.DefaultMaxBytes, TextReader? stdin = null)
{
    /// <summary>How plain-text files are decoded (null: UTF-8, with a Windows-1252 fallback and a warning).</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>Told each warning about a document that was read (e.g. how its bytes were decoded), as "ID: what".</summary>
    public Action<string>? Warn { get; init; }

    /// <summary>When set, the publication date of every document, whatever it states (<c>--published-override</c>).</summary>
    public DateOnly? PublishedOverride { get; init; }

    /// <summary>Publication dates accepted; a document dated outside is refused by name (default 1900 to tomorrow).</summary>
    public PublishedWindow Window { get; init; } = PublishedWindow.Default(TimeProvider.System);

    /// <summary>Documents (or problems) from every input path, in order; directories are walked recursively.</summary>
    public IEnumerable<DocumentResult> Read(IEnumerable<string> inputs) => ReadAll(inputs).Select(Checked);

    private DocumentResult Checked(DocumentResult r)
    {
        if (r.Document is not { } d) return r;
        if (r.Warning is { } warning) Warn?.Invoke($"{d.Id}: {warning}");
        // The readers see no CLI date, so a date the document states wins over --published and loses to the override.
        var dated = d with { Published = PublishedOverride ?? d.Published ?? published };
        return Window.Problem(dated.Published) is { } problem
            ? DocumentResult.Fail(d.Id, null, $"{problem}; give --allow-any-date for historical reports")
            : r with { Document = dated };
    }

    private IEnumerable<DocumentResult> ReadAll(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var r in ReadStdin()) yield return r;
            }
            else if (UrlFetcher.IsUrl(input))
            {
                foreach (var r in ReadUrl(input)) yield return r;
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in DocumentFiles(input))
                {
                    foreach (var r in ReadFile(file)) yield return r;
                }
            }
            else if (File.Exists(input))
            {
                foreach (var r in ReadFile(input)) yield return r;
            }
            else
            {
                yield return DocumentResult.Fail(input, null, "no such file or directory");
            }
        }
    }

    /// <summary>The documents of a directory, walked recursively in name order: hidden files, sidecars (.meta.json) and notes (.md) are not reports.</summary>
    private static IEnumerable<string> DocumentFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f =>
            {
                var name = Path.GetFileName(f);
                return !name.StartsWith('.') && !name.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
            })
            .Order(StringComparer.Ordinal);

    /// <summary>Inputs below this size make a short job, run with interpreted patterns (about 1 MB: where compiling them starts to pay).</summary>
    public const long ShortJobBytes = 1L << 20;

    /// <summary>True when the inputs are files (or pages) holding less than <paramref name="limit"/> bytes in all: a short job.</summary>
    public static bool AreSmall(IEnumerable<string> inputs, long limit)
    {
        long bytes = 0;
        foreach (var input in inputs)
        {
            // Standard input may be a stream of any length; a page fetched from a URL is one report.
            if (input == "-") return false;
            if (UrlFetcher.IsUrl(input)) continue;
            IEnumerable<string> files = Directory.Exists(input) ? DocumentFiles(input) : File.Exists(input) ? [input] : [];
            foreach (var f in files)
            {
                bytes += new FileInfo(f).Length;
                if (bytes >= limit) return false;
            }
        }

        return true;
    }

    /// <summary>How many documents the inputs hold, counted cheaply (files, JSONL lines), or null when unknown (standard input).</summary>
    public static long? EstimateCount(IEnumerable<string> inputs)
    {
        long n = 0;
        foreach (var input in inputs)
        {
            if (input == "-") return null;
            IEnumerable<string> files = Directory.Exists(input) ? DocumentFiles(input) : File.Exists(input) ? [input] : [];
            foreach (var f in files)
            {
                // A CSV record may span lines, so its line count is an upper bound: the ETA errs long, never short.
                n += f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                    || f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? CountLines(f) : 1;
            }
        }

        return n;
    }

    private static long CountLines(string path)
    {
        try
        {
            using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var buffer = new byte[1 << 16];
            long lines = 0;
            int read;
            var last = (byte)'\n';
            while ((read = fs.Read(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            return last == '\n' ? lines : lines + 1;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private IEnumerable<DocumentResult> ReadFile(string path)
    {
        // Batches are streamed record by record; any other file is read whole by the reader its format needs.
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            return Streamed(path, ReadJsonl);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            return Streamed(path, ReadCsv);
        return ReadPlain(path);
    }

    private static IEnumerable<DocumentResult> Streamed(string path, Func<string, Stream, IEnumerable<DocumentResult>> read)
    {
        var (stream, error) = Open(path);
        if (stream is null)
        {
            yield return DocumentResult.Fail(path, null, error!);
            yield break;
        }
        using (stream)
            foreach (var r in read(path, stream)) yield return r;
    }

    /// <summary>A CSV batch, streamed record by record; bytes that are not UTF-8 end the batch with a problem naming the file.</summary>
    private IEnumerable<DocumentResult> ReadCsv(string path, Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var records = CsvBatchReader.Read(path, reader, null, maxBytes).GetEnumerator();
        while (true)
        {
            DocumentResult current;
            var undecodable = false;
            try
            {
                if (!records.MoveNext()) yield break;
                current = records.Current;
            }
            catch (DecoderFallbackException)
            {
                current = DocumentResult.Fail(path, null, "invalid UTF-8 in the CSV batch; convert the file to UTF-8 (records before it were read)");
                undecodable = true;
            }
            yield return current;
            if (undecodable) yield break;
        }
    }

    /// <summary>A web page, PDF or feed fetched over http(s); with <see cref="FollowLinks"/>, each feed item's page too.</summary>
    private IEnumerable<DocumentResult> ReadUrl(string url)
    {
        var (bytes, finalUrl, error) = Fetcher.Fetch(url, maxBytes);
        if (bytes is null)
        {
            yield return DocumentResult.Fail(url, null, error!);
            yield break;
        }

        foreach (var r in DocumentReaders.Read(finalUrl, bytes, null, maxBytes))
        {
            if (FollowLinks && DocumentSniffer.Sniff(finalUrl, bytes) == DocumentFormat.Feed && r.Document?.Url is { } link && UrlFetcher.IsUrl(link))
            {
                // The item's own page usually holds the full report; the feed item is the fallback when it cannot be read.
                var page = ReadUrl(link).ToList();
                if (page.Count == 1 && page[0].Document is { } d)
                {
                    yield return DocumentResult.Ok(d with { Published = d.Published ?? r.Document.Published, Source = d.Source ?? r.Document.Source });
                    continue;
                }
            }

            yield return r;
        }
    }

    /// <summary>Fetch each feed item's link instead of taking the item's summary (`ingest --follow`).</summary>
    public bool FollowLinks { get; init; }

    /// <summary>The HTTP client used for URL inputs.</summary>
    public UrlFetcher Fetcher { get; init; } = new();

    private static (Stream? Stream, string? Error) Open(string path)
    {
        try { return (File.OpenRead(path), null); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return (null, $"cannot read: {e.Message}"); }
    }

    private IReadOnlyList<DocumentResult> ReadPlain(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // Refused before reading a byte, so a 2 GB file costs nothing.
            if (info.Length > maxBytes)
                return [DocumentResult.Fail(path, null, $"document is {DocumentDecoder.Mb(info.Length)}, over the {DocumentDecoder.Mb(maxBytes)} limit for one document")];
            var bytes = File.ReadAllBytes(path);
            var (pub, source, id) = Sidecar(path);
            if (DocumentSniffer.Sniff(path, bytes) != DocumentFormat.Text)
            {
                // HTML, PDF and feeds carry their own dates and sources; a sidecar still overrides them.
                return DocumentReaders.Read(path, bytes, pub, maxBytes)
                    .Select(r => r.Document is { } d ? DocumentResult.Ok(d with { Id = id ?? d.Id, Source = source ?? d.Source }) : r)
                    .ToList();
            }

            return [DocumentDecoder.DecodeText(id ?? path, bytes, pub, source, null, maxBytes, Encoding, legacyFallback: true)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [DocumentResult.Fail(path, null, $"cannot read: {e.Message}")];
        }
    }

    /// <summary>Metadata from "X.meta.json" beside "X.txt": published date, source and id.</summary>
    private static (DateOnly? Published, string? Source, string? Id) Sidecar(string path)
    {
        var meta = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + ".meta.json");
        if (!File.Exists(meta)) return (null, null, null);
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(meta));
            var root = doc.RootElement;
            string? Get(string n) => root.TryGetProperty(n, out var e) && e.ValueKind == System.Text.Json.JsonValueKind.String ? e.GetString() : null;
            return (Get("published") is { } p ? DocumentDecoder.ParseIsoDate(p) : null, Get("source"), Get("id"));
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            return (null, null, null);
        }
    }

    private IEnumerable<DocumentResult> ReadStdin()
    {
        var reader = stdin ?? Console.In;
        var first = reader.Peek();
        while (first is ' ' or '\n' or '\r' or '\t') { reader.Read(); first = reader.Peek(); }
        if (first == '{')
        {
            var line = 0;
            while (reader.ReadLine() is { } l)
            {
                line++;
                if (string.IsNullOrWhiteSpace(l)) continue;
                yield return DocumentDecoder.DecodeJsonLine("stdin", line, l, null);
            }
            yield break;
        }
        var text = reader.ReadToEnd();
        yield return string.IsNullOrWhiteSpace(text)
            ? DocumentResult.Fail("stdin", null, "empty document (no text)")
            : DocumentResult.Ok(new Document("stdin", DocumentDecoder.FindDateline(text), null, null, text));
    }

    /// <summary>Streams a JSONL file line by line in bounded memory; a line over the limit is skipped and named.</summary>
    private IEnumerable<DocumentResult> ReadJsonl(string path, Stream stream)
    {
        var buffer = new byte[1 << 16];
        var line = new ArrayBufferWriter<byte>(4096);
        var lineNo = 1;
        var tooLong = false;
        long lineLength = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var pos = 0;
            while (pos < read)
            {
                var nl = Array.IndexOf(buffer, (byte)'\n', pos, read - pos);
                var end = nl < 0 ? read : nl;
                lineLength += end - pos;
                if (!tooLong)
                {
                    if (lineLength > maxBytes) { tooLong = true; line.Clear(); }
                    else line.Write(buffer.AsSpan(pos, end - pos));
                }
                if (nl < 0) break;
                var result = FinishLine(path, lineNo, line, tooLong, lineLength);
                if (result is { } r) yield return r;
                line.Clear();
                tooLong = false;
                lineLength = 0;
                lineNo++;
                pos = nl + 1;
            }
        }
        var last = FinishLine(path, lineNo, line, tooLong, lineLength);
        if (last is { } lr) yield return lr;
    }

    private DocumentResult? FinishLine(string path, int lineNo, ArrayBufferWriter<byte> line, bool tooLong, long length)
    {
        if (tooLong) return DocumentResult.Fail(path, lineNo, $"line is {DocumentDecoder.Mb(length)}, over the {DocumentDecoder.Mb(maxBytes)} limit for one document");
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == '\r') bytes = bytes[..^1];
        if (lineNo == 1 && bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Trim(" \t"u8).Length == 0) return null;
        var text = DocumentDecoder.DecodeBytes(bytes, out var problem);
        if (text is null) return DocumentResult.Fail(path, lineNo, problem!);
        return DocumentDecoder.DecodeJsonLine(path, lineNo, text, null);
    }
}
