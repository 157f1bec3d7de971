using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Core.Evaluation;

/// <summary>One predicted event: the document ids it names and its normalised fields.</summary>
public sealed class PredictedEvent
{
    internal PredictedEvent(IReadOnlyList<string> docIds, NormalisedEvent record)
    {
        DocIds = docIds;
        Record = record;
    }

    /// <summary>Document ids named by doc_ids / doc_id / documents, in order, de-duplicated.</summary>
    public IReadOnlyList<string> DocIds { get; }

    internal NormalisedEvent Record { get; }
}

/// <summary>Predicted events read for scoring, plus how many malformed lines were skipped (lenient mode).</summary>
/// <param name="Events">The events, in file order.</param>
/// <param name="MalformedLines">Malformed JSONL lines skipped with lenient reading.</param>
public sealed record PredictionSet(IReadOnlyList<PredictedEvent> Events, int MalformedLines);

/// <summary>Reads predicted events (JSONL or parsed JSON) the way score.py's load_pred does.</summary>
public static class PredictionReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 512 };

    /// <summary>Reads a JSONL file; each line is decoded as strict UTF-8 (a BOM is allowed on line 1 only).</summary>
    public static PredictionSet ReadFile(string path, bool lenient = false)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var strict = new UTF8Encoding(false, true);
        var lines = new List<string?>();
        int start = 0;
        while (start < bytes.Length)
        {
            int nl = Array.IndexOf(bytes, (byte)'\n', start);
            int end = nl < 0 ? bytes.Length : nl + 1;
            try
            {
                string line = strict.GetString(bytes, start, end - start);
                if (lines.Count == 0 && line.StartsWith('\uFEFF')) line = line[1..];
                lines.Add(line);
            }
            catch (DecoderFallbackException)
            {
                lines.Add(null);
            }
            start = end;
        }
        return ReadLines(lines, path, lenient);
    }

    /// <summary>Reads JSONL text (lines end at "\n" only, as in score.py); <paramref name="name"/> prefixes error messages.</summary>
    public static PredictionSet Read(TextReader reader, string name = "pred", bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string text = reader.ReadToEnd();
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var lines = new List<string?>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return ReadLines(lines, name, lenient);
    }

    private static PredictionSet ReadLines(List<string?> lines, string name, bool lenient)
    {
        var events = new List<PredictedEvent>();
        int malformed = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            string? line = lines[i];
            string? problem = null;
            if (line is null) problem = "not UTF-8";
            else if (PyText.Strip(line).Length == 0) continue;
            PredictedEvent? ev = null;
            if (problem is null)
            {
                try
                {
                    using var doc = JsonDocument.Parse(line!, Options);
                    ev = FromElement(doc.RootElement, out problem);
                }
                catch (JsonException e)
                {
                    problem = $"invalid JSON ({e.Message})";
                }
                catch (InvalidOperationException e)
                {
                    problem = $"invalid JSON ({e.Message})"; // e.g. a lone surrogate escape, which Python would accept
                }
            }
            if (problem is not null)
            {
                if (!lenient) throw new ScoreInputException($"{name}: line {i + 1}: {problem}");
                malformed++;
                continue;
            }
            events.Add(ev!);
        }
        return new PredictionSet(events, malformed);
    }

    /// <summary>Predictions already in memory (e.g. straight from the pipeline); a bad event is an error naming its index, or skipped and counted when lenient.</summary>
    public static PredictionSet FromJson(IEnumerable<JsonElement> events, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        var list = new List<PredictedEvent>();
        int malformed = 0, index = 0;
        foreach (var e in events)
        {
            index++;
            var ev = FromElement(e, out string? problem);
            if (problem is not null)
            {
                if (!lenient) throw new ScoreInputException($"prediction {index}: {problem}");
                malformed++;
                continue;
            }
            list.Add(ev!);
        }
        return new PredictionSet(list, malformed);
    }

    /// <summary>Predictions already in memory as JSON objects.</summary>
    public static PredictionSet FromJson(IEnumerable<JsonObject> events, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        return FromJson(events.Select(o => JsonSerializer.SerializeToElement<JsonNode?>(o)), lenient);
    }

    /// <summary>Predictions as one JSON array of event objects.</summary>
    public static PredictionSet FromJson(JsonElement array, bool lenient = false)
    {
        if (array.ValueKind != JsonValueKind.Array) throw new ScoreInputException("predictions: expected a JSON array of events");
        return FromJson(array.EnumerateArray(), lenient);
    }

    private static PredictedEvent? FromElement(JsonElement obj, out string? problem)
    {
        problem = null;
        if (obj.ValueKind != JsonValueKind.Object)
        {
            problem = "not a JSON object";
            return null;
        }
        var ids = DocIdsOf(obj);
        if (ids is null)
        {
            problem = "bad doc_ids/doc_id/documents value";
            return null;
        }
        return new PredictedEvent(ids, NormalisedEvent.FromJson(obj.Clone()));
    }

    /// <summary>score.py's doc_ids_of: ids in order, de-duplicated; null if malformed.</summary>
    internal static List<string>? DocIdsOf(JsonElement obj)
    {
        var ids = new List<JsonElement?>();
        if (NormalisedEvent.TryGet(obj, "doc_ids", out var v))
        {
            if (v.ValueKind != JsonValueKind.Array) return null;
            foreach (var x in v.EnumerateArray()) ids.Add(x);
        }
        if (NormalisedEvent.TryGet(obj, "doc_id", out v)) ids.Add(v);
        if (NormalisedEvent.TryGet(obj, "documents", out v))
        {
            if (v.ValueKind != JsonValueKind.Array) return null;
            foreach (var d in v.EnumerateArray())
            {
                if (d.ValueKind == JsonValueKind.Object) ids.Add(d.TryGetProperty("id", out var id) ? id : null);
                else ids.Add(d);
            }
        }
        var output = new List<string>();
        foreach (var x in ids)
        {
            if (x is not JsonElement e || e.ValueKind == JsonValueKind.Null) continue;
            if (e.ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.True or JsonValueKind.False) return null;
            string s = PyText.Strip(NormalisedEvent.Str(e));
            if (s.Length > 0 && !output.Contains(s)) output.Add(s);
        }
        return output;
    }
}
