using System.Globalization;
using System.Text;

namespace Sitrep.Core.Evaluation;

/// <summary>score.py's text report (format_report) and its --json document.</summary>
public static class ScoreReportFormatter
{
    /// <summary>A metric value as the report shows it ("n/a", "12.5%", "3.2 km", "1.50", "7").</summary>
    public static string FormatValue(string key, double? value)
    {
        if (value is not double v) return "n/a";
        return MetricCatalog.Kinds[key] switch
        {
            MetricKind.Pct => PyText.FormatFixed(v, 1) + "%",
            MetricKind.Km => PyText.FormatFixed(v, 1) + " km",
            MetricKind.Num => PyText.FormatFixed(v, 2),
            _ => ((long)v).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The text report, line for line as score.py prints it (no trailing newline).</summary>
    public static string Format(ScoreReport report, string goldPath = "", string predPath = "", int topN = 10)
    {
        ArgumentNullException.ThrowIfNull(report);
        var m = report.Metrics;
        var head = new List<string> { $"{FormatValue("gold_docs", m["gold_docs"])} gold docs" };
        if (m["gold_events"] is not null)
        {
            head = [$"{FormatValue("gold_events", m["gold_events"])} gold events in {FormatValue("gold_docs", m["gold_docs"])} docs",
                $"event_f1 {FormatValue("event_f1", m["event_f1"])}"];
        }
        head.AddRange(MetricCatalog.HeadlineKeys.Select(k => $"{k} {FormatValue(k, m[k])}"));
        var lines = new List<string> { "Sitrep score: " + string.Join(" | ", head) };
        if (goldPath.Length > 0 || predPath.Length > 0) lines.Add($"gold: {goldPath}   pred: {predPath}");
        int kw = MetricCatalog.All.Max(x => x.Key.Length);
        foreach (var group in MetricCatalog.Groups)
        {
            lines.Add("");
            lines.Add(group.Name);
            foreach (var info in group.Metrics)
            {
                string cnt = "";
                if (report.Counts.TryGetValue(info.Key, out var c))
                {
                    if (info.Kind == MetricKind.Pct) cnt = $"{c.Numerator}/{c.Denominator}";
                    else if (info.Kind is MetricKind.Num or MetricKind.Km) cnt = $"n={c.Numerator}";
                }
                lines.Add($"  {PadRight(info.Key, kw)}  {PadLeft(FormatValue(info.Key, m[info.Key]), 9)}  {PadLeft(cnt, 13)}  {info.Description}");
            }
        }
        if (report.ByEventType.Count > 0)
        {
            int tw = Math.Max(16, report.ByEventType.Max(t => PyText.Len(t.Name)));
            lines.Add("");
            lines.Add("By gold event_type");
            lines.Add($"  {PadRight("gold event_type", tw)}  {PadLeft("docs", 6)}  {PadLeft("event_type", 10)}  {PadLeft("sub_event_type", 14)}");
            foreach (var t in report.ByEventType)
            {
                lines.Add($"  {PadRight(t.Name, tw)}  {PadLeft(t.Docs.ToString(CultureInfo.InvariantCulture), 6)}  "
                    + $"{PadLeft(FormatValue("event_type", t.EventType), 10)}  {PadLeft(FormatValue("sub_event_type", t.SubEventType), 14)}");
            }
        }
        var top = report.TopConfusions.Take(topN).ToList();
        if (top.Count > 0)
        {
            var pairs = top.Select(c => $"{c.Gold} -> {c.Pred}").ToList();
            int w = pairs.Max(PyText.Len);
            lines.Add("");
            lines.Add("Top event_type confusions (gold -> predicted)");
            for (int i = 0; i < top.Count; i++)
            {
                lines.Add($"  {PadRight(pairs[i], w)}  {PadLeft(top[i].Count.ToString(CultureInfo.InvariantCulture), 6)}");
            }
        }
        return string.Join("\n", lines);
    }

    private static string PadRight(string s, int width) => s + new string(' ', Math.Max(0, width - PyText.Len(s)));

    private static string PadLeft(string s, int width) => new string(' ', Math.Max(0, width - PyText.Len(s))) + s;

    /// <summary>
    /// The JSON document score.py writes with --json (json.dump(indent=2, ensure_ascii=False) plus a final newline):
    /// metrics, counts, by_event_type, confusion, top_confusions, then inputs and thresholds when given.
    /// </summary>
    public static string ToJson(ScoreReport report, ScoreInputs? inputs = null, ThresholdResult? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var w = new PyJsonWriter();
        w.BeginObject();
        w.Key("metrics");
        w.BeginObject();
        foreach (var (k, v) in report.Metrics)
        {
            w.Key(k);
            if (v is not double d) w.Null();
            else if (MetricCatalog.Kinds[k] == MetricKind.Count) w.Int((long)d);
            else w.Float(d);
        }
        w.EndObject();
        w.Key("counts");
        w.BeginObject();
        foreach (var (k, c) in report.Counts)
        {
            w.Key(k);
            w.BeginArray();
            w.Int(c.Numerator);
            w.Int(c.Denominator);
            w.EndArray();
        }
        w.EndObject();
        w.Key("by_event_type");
        w.BeginObject();
        foreach (var t in report.ByEventType)
        {
            w.Key(t.Name);
            w.BeginObject();
            w.Key("docs");
            w.Int(t.Docs);
            w.Key("event_type");
            w.FloatOrNull(t.EventType);
            w.Key("sub_event_type");
            w.FloatOrNull(t.SubEventType);
            w.EndObject();
        }
        w.EndObject();
        w.Key("confusion");
        w.BeginObject();
        foreach (var (g, row) in report.ConfusionTable)
        {
            w.Key(g);
            w.BeginObject();
            foreach (var (p, c) in row)
            {
                w.Key(p);
                w.Int(c);
            }
            w.EndObject();
        }
        w.EndObject();
        w.Key("top_confusions");
        w.BeginArray();
        foreach (var c in report.TopConfusions)
        {
            w.BeginObject();
            w.Key("gold");
            w.String(c.Gold);
            w.Key("pred");
            w.String(c.Pred);
            w.Key("count");
            w.Int(c.Count);
            w.EndObject();
        }
        w.EndArray();
        if (inputs is not null)
        {
            w.Key("inputs");
            w.BeginObject();
            w.Key("gold");
            w.String(inputs.Gold);
            w.Key("pred");
            w.String(inputs.Pred);
            w.Key("limit");
            if (inputs.Limit is int l) w.Int(l); else w.Null();
            w.Key("doc_col");
            w.Null();
            w.EndObject();
        }
        if (thresholds is not null)
        {
            w.Key("thresholds");
            w.BeginObject();
            foreach (var (name, list) in new[] { ("min", thresholds.Mins), ("max", thresholds.Maxes) })
            {
                w.Key(name);
                w.BeginObject();
                var seen = new OrderedDictionary<string, double>(StringComparer.Ordinal);
                foreach (var t in list) seen[t.Key] = t.Limit; // dict(args.min): last value wins
                foreach (var (k, v) in seen)
                {
                    w.Key(k);
                    w.Float(v);
                }
                w.EndObject();
            }
            w.Key("failures");
            w.BeginArray();
            foreach (var f in thresholds.Failures) w.String(f);
            w.EndArray();
            w.EndObject();
        }
        w.EndObject();
        return w.ToString() + "\n";
    }
}

/// <summary>The "inputs" block of the JSON output.</summary>
/// <param name="Gold">Gold path as given.</param>
/// <param name="Pred">Prediction path as given.</param>
/// <param name="Limit">--limit, if any.</param>
public sealed record ScoreInputs(string Gold, string Pred, int? Limit = null);

/// <summary>Python json.dumps(indent=2, ensure_ascii=False) layout, written incrementally.</summary>
internal sealed class PyJsonWriter
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<(char Close, int Count)> _stack = new();
    private bool _afterKey;

    private void BeforeValue()
    {
        if (_afterKey) { _afterKey = false; return; }
        if (_stack.Count == 0) return;
        var (close, count) = _stack.Pop();
        _stack.Push((close, count + 1));
        if (count > 0) _sb.Append(',');
        _sb.Append('\n').Append(' ', 2 * _stack.Count);
    }

    public void BeginObject() { BeforeValue(); _sb.Append('{'); _stack.Push(('}', 0)); }

    public void BeginArray() { BeforeValue(); _sb.Append('['); _stack.Push((']', 0)); }

    public void EndObject() => End();

    public void EndArray() => End();

    private void End()
    {
        var (close, count) = _stack.Pop();
        if (count > 0) _sb.Append('\n').Append(' ', 2 * _stack.Count);
        _sb.Append(close);
    }

    public void Key(string k)
    {
        BeforeValue();
        WriteString(k);
        _sb.Append(": ");
        _afterKey = true;
    }

    public void Null() { BeforeValue(); _sb.Append("null"); }

    public void Int(long v) { BeforeValue(); _sb.Append(v.ToString(CultureInfo.InvariantCulture)); }

    public void Float(double v)
    {
        BeforeValue();
        _sb.Append(double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "Infinity" : double.IsNegativeInfinity(v) ? "-Infinity" : PyText.FloatRepr(v));
    }

    public void FloatOrNull(double? v)
    {
        if (v is double d) Float(d); else Null();
    }

    public void String(string s) { BeforeValue(); WriteString(s); }

    private void WriteString(string s)
    {
        _sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\r': _sb.Append("\\r"); break;
                case '\t': _sb.Append("\\t"); break;
                case '\b': _sb.Append("\\b"); break;
                case '\f': _sb.Append("\\f"); break;
                default:
                    if (c < 0x20) _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else _sb.Append(c);
                    break;
            }
        }
        _sb.Append('"');
    }

    public override string ToString() => _sb.ToString();
}
