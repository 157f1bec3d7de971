using System.Text;

namespace Sitrep.Core.Evaluation;

/// <summary>Gold rows to score plus every gold id in the file (score.py's load_gold result).</summary>
/// <param name="Rows">The rows to score (after any limit), header names trimmed; a cell missing from a short row is absent.</param>
/// <param name="AllIds">Every stripped event_id_cnty in the file, before any limit (used for orphan_events).</param>
public sealed record GoldSet(IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, IReadOnlySet<string> AllIds);

/// <summary>Reads an ACLED-style gold CSV the way Python's csv.DictReader (excel dialect) does.</summary>
public static class GoldReader
{
    /// <summary>The id column of the default (one row per document) mode.</summary>
    public const string IdColumn = "event_id_cnty";

    /// <summary>Reads a gold CSV file (strict UTF-8, optional BOM).</summary>
    public static GoldSet ReadFile(string path, int? limit = null)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new ScoreInputException($"{path}: not UTF-8 ({e.Message})", e);
        }
        return Read(new StringReader(text), path, limit);
    }

    /// <summary>Reads gold rows from CSV text; <paramref name="name"/> prefixes error messages.</summary>
    public static GoldSet Read(TextReader reader, string name = "gold", int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (limit is < 1) throw new ArgumentOutOfRangeException(nameof(limit), "limit must be positive");
        string text = reader.ReadToEnd();
        if (text.StartsWith('\uFEFF')) text = text[1..];
        var records = ParseCsv(text);
        if (records.Count == 0) throw new ScoreInputException($"{name}: empty gold file");
        var header = records[0].Select(PyText.Strip).ToList();
        if (!header.Contains(IdColumn)) throw new ScoreInputException($"{name}: no {IdColumn} column");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var rec in records.Skip(1))
        {
            if (rec.Count == 0) continue; // DictReader skips blank lines
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count && i < rec.Count; i++) row[header[i]] = rec[i];
            for (int i = rec.Count; i < header.Count; i++) row.Remove(header[i]); // restval None
            rows.Add(row);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in rows) ids.Add(PyText.Strip(r.TryGetValue(IdColumn, out var v) ? v : ""));
        if (limit is int n && rows.Count > n) rows = rows.GetRange(0, n);
        return new GoldSet(rows, ids);
    }

    private enum State { StartRecord, StartField, InField, InQuotedField, QuoteInQuotedField, EatCrNl }

    /// <summary>Python's _csv reader (excel dialect, strict off) over lines split as in newline='' mode.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var state = State.StartRecord;
        int pos = 0;
        while (pos < text.Length)
        {
            int end = pos;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
            if (end < text.Length)
            {
                end += text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            }
            for (int i = pos; i <= end; i++)
            {
                bool eol = i == end;
                char c = eol ? '\0' : text[i];
                switch (state)
                {
                    case State.StartRecord:
                        if (eol) break;
                        if (c is '\n' or '\r') { state = State.EatCrNl; break; }
                        state = State.StartField;
                        goto case State.StartField;
                    case State.StartField:
                        if (eol || c is '\n' or '\r') { Save(); state = eol ? State.StartRecord : State.EatCrNl; }
                        else if (c == '"') state = State.InQuotedField;
                        else if (c == ',') Save();
                        else { field.Append(c); state = State.InField; }
                        break;
                    case State.InField:
                        if (eol || c is '\n' or '\r') { Save(); state = eol ? State.StartRecord : State.EatCrNl; }
                        else if (c == ',') { Save(); state = State.StartField; }
                        else field.Append(c);
                        break;
                    case State.InQuotedField:
                        if (eol) break;
                        if (c == '"') state = State.QuoteInQuotedField;
                        else field.Append(c);
                        break;
                    case State.QuoteInQuotedField:
                        if (eol || c is '\n' or '\r') { Save(); state = eol ? State.StartRecord : State.EatCrNl; }
                        else if (c == '"') { field.Append('"'); state = State.InQuotedField; }
                        else if (c == ',') { Save(); state = State.StartField; }
                        else { field.Append(c); state = State.InField; }
                        break;
                    case State.EatCrNl:
                        if (eol) state = State.StartRecord;
                        break;
                }
            }
            pos = end;
            if (state == State.StartRecord)
            {
                records.Add(fields);
                fields = new List<string>();
            }
        }
        if (state != State.StartRecord && (field.Length > 0 || state == State.InQuotedField))
        {
            Save();
            records.Add(fields);
        }
        return records;

        void Save()
        {
            fields.Add(field.ToString());
            field.Clear();
        }
    }
}
