using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Bench;

/// <summary>A benchmark corpus held in memory: documents and their text size (MB = 10^6 UTF-8 bytes of the text fields).</summary>
public sealed class Corpus
{
    private Corpus(Document[] docs, long[] bytes, int sourceDocs, int skipped)
    {
        Docs = docs;
        Bytes = bytes;
        SourceDocs = sourceDocs;
        Skipped = skipped;
        TotalBytes = bytes.Sum();
    }

    /// <summary>The documents, in file order, repeated as requested.</summary>
    public Document[] Docs { get; }

    /// <summary>UTF-8 byte count of each document's text.</summary>
    public long[] Bytes { get; }

    /// <summary>Documents read from the file before repetition.</summary>
    public int SourceDocs { get; }

    /// <summary>Lines the decoder rejected.</summary>
    public int Skipped { get; }

    /// <summary>Sum of <see cref="Bytes"/>.</summary>
    public long TotalBytes { get; }

    /// <summary>Each document's text as the pipeline reads it, normalised (what the lexicon experiments scan).</summary>
    public string[] NormalisedTexts() => Docs.Select(d => Sitrep.Core.Text.TextNormaliser.Normalise(d.Text).Text).ToArray();

    /// <summary>Megabytes of text (10^6 bytes).</summary>
    public double Megabytes => TotalBytes / 1e6;

    /// <summary>Reads a docs.jsonl file and, if <paramref name="repeatToMb"/> is set, repeats its documents in order until the text reaches that many MB.</summary>
    /// <remarks>Each repetition gets its own copy of the text, as if the line had been parsed again, so nothing is shared between copies.</remarks>
    public static Corpus Load(string path, double? repeatToMb)
    {
        var source = new List<Document>();
        var skipped = 0;
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var r = DocumentDecoder.DecodeJsonLine(path, lineNo, line, null);
            if (r.Document is { } d) source.Add(d);
            else
            {
                skipped++;
                Console.Error.WriteLine($"skipped: {r.Problem}");
            }
        }

        if (source.Count == 0) throw new InvalidDataException($"{path}: no documents");
        var docs = new List<Document>(source);
        var bytes = source.Select(d => (long)Encoding.UTF8.GetByteCount(d.Text)).ToList();
        if (repeatToMb is { } mb)
        {
            var target = (long)(mb * 1e6);
            var total = bytes.Sum();
            for (var i = 0; total < target; i++)
            {
                var d = source[i % source.Count];
                var copy = d with { Id = $"{d.Id}#{(i / source.Count) + 2}", Text = new string(d.Text.AsSpan()) };
                docs.Add(copy);
                var b = bytes[i % source.Count];
                bytes.Add(b);
                total += b;
            }
        }

        return new Corpus([.. docs], [.. bytes], source.Count, skipped);
    }

    /// <summary>Writes the (repeated) corpus back out as JSONL with fields id, published, source, url, text.</summary>
    public void Write(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var d in Docs)
        {
            w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = d.Id,
                published = d.Published?.ToString("yyyy-MM-dd"),
                source = d.Source,
                url = d.Url,
                text = d.Text,
            }));
        }
    }
}
