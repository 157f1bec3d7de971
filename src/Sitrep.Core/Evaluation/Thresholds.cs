namespace Sitrep.Core.Evaluation;

/// <summary>A --min or --max threshold on one metric key.</summary>
/// <param name="Key">Metric key (one of MetricCatalog's).</param>
/// <param name="Limit">The finite limit.</param>
public sealed record Threshold(string Key, double Limit)
{
    /// <summary>
    /// Parses "KEY=VALUE" as score.py does; a bad key or value throws FormatException with score.py's message.
    /// <paramref name="extraKeys"/>: metrics a caller reports beside score.py's (sitrep eval's country figures).
    /// </summary>
    public static Threshold Parse(string s, IReadOnlyCollection<string>? extraKeys = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        int eq = s.IndexOf('=');
        string key = PyText.Strip(eq < 0 ? s : s[..eq]);
        if (eq < 0 || !(MetricCatalog.Kinds.ContainsKey(key) || (extraKeys?.Contains(key) ?? false)))
        {
            throw new FormatException("expected KEY=VALUE with KEY one of: " + string.Join(", ", MetricCatalog.All.Select(m => m.Key).Concat(extraKeys ?? [])));
        }
        string val = s[(eq + 1)..];
        double? limit = PyText.ParseFloat(val);
        if (limit is not double d || !double.IsFinite(d)) throw new FormatException($"not a finite number: {PyText.StrRepr(val)}");
        return new Threshold(key, d);
    }
}

/// <summary>Thresholds checked against a report and the failure messages (empty when all passed).</summary>
/// <param name="Mins">--min thresholds, in order given.</param>
/// <param name="Maxes">--max thresholds, in order given.</param>
/// <param name="Failures">score.py's failure messages.</param>
public sealed record ThresholdResult(IReadOnlyList<Threshold> Mins, IReadOnlyList<Threshold> Maxes, IReadOnlyList<string> Failures)
{
    /// <summary>True when no threshold failed.</summary>
    public bool Passed => Failures.Count == 0;
}

/// <summary>score.py's check_thresholds: a metric below --min or above --max, or n/a, fails.</summary>
public static class ThresholdChecker
{
    /// <summary>Failure messages, mins first, each in the order given.</summary>
    public static ThresholdResult CheckThresholds(
        IReadOnlyDictionary<string, double?> metrics, IEnumerable<Threshold>? mins = null, IEnumerable<Threshold>? maxes = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var minList = (mins ?? []).ToList();
        var maxList = (maxes ?? []).ToList();
        var failures = new List<string>();
        foreach (var (t, below) in minList.Select(t => (t, true)).Concat(maxList.Select(t => (t, false))))
        {
            double? v = metrics.TryGetValue(t.Key, out var x) ? x : null;
            string lim = PyText.FormatG(t.Limit);
            if (v is not double d) failures.Add($"{t.Key} is n/a (needs {(below ? ">=" : "<=")} {lim})");
            else if (below ? d < t.Limit : d > t.Limit)
            {
                failures.Add($"{t.Key} = {PyText.FormatG(d)} is {(below ? "below --min" : "above --max")} {lim}");
            }
        }
        return new ThresholdResult(minList, maxList, failures);
    }
}
