namespace Sitrep.Core.Evaluation;

/// <summary>score.py's score(): matches gold documents to predicted events and computes every metric.</summary>
public static class Scorer
{
    private static readonly string[] ExactKeys =
        ["event_type", "sub_event_type", "event_date", "time_precision", "admin1", "admin2", "location", "actor1", "actor2"];

    /// <summary>Scores a gold set against predictions (default mode: one gold row per document, matched by event_id_cnty).</summary>
    public static ScoreReport Score(GoldSet gold, PredictionSet predictions)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return Score(gold.Rows, gold.AllIds, predictions);
    }

    /// <summary>Scores gold rows (with every gold id in the file, for orphan_events) against predictions.</summary>
    public static ScoreReport Score(
        IReadOnlyList<IReadOnlyDictionary<string, string>> goldRows, IReadOnlySet<string> goldIds, PredictionSet predictions)
    {
        ArgumentNullException.ThrowIfNull(goldRows);
        ArgumentNullException.ThrowIfNull(goldIds);
        ArgumentNullException.ThrowIfNull(predictions);
        var events = predictions.Events;
        var byDoc = new Dictionary<string, List<NormalisedEvent>>(StringComparer.Ordinal);
        int orphans = 0;
        foreach (var ev in events)
        {
            foreach (var d in ev.DocIds)
            {
                if (!byDoc.TryGetValue(d, out var list)) byDoc[d] = list = [];
                list.Add(ev.Record);
            }
            if (!ev.DocIds.Any(goldIds.Contains)) orphans++;
        }

        var pairs = new List<(NormalisedEvent Gold, List<NormalisedEvent> Cands)>();
        foreach (var row in goldRows)
        {
            string id = PyText.Strip(row.TryGetValue(GoldReader.IdColumn, out var v) && v is not null ? v : "");
            pairs.Add((NormalisedEvent.FromRow(row), byDoc.TryGetValue(id, out var c) ? c : []));
        }

        int n = pairs.Count;
        var hits = new Dictionary<string, long>(StringComparer.Ordinal);
        void Hit(string key, bool ok)
        {
            hits.TryGetValue(key, out long h);
            hits[key] = h + (ok ? 1 : 0);
        }
        long nCands = 0, extra = 0, tp = 0, fp = 0, fn = 0;
        var fatErrors = new List<double>();
        var dists = new List<double>();
        var perType = new OrderedDictionary<string, int[]>(StringComparer.Ordinal);
        var perTypeName = new Dictionary<string, string>(StringComparer.Ordinal);
        var confusion = new OrderedDictionary<(string Gold, string? Pred), int>();
        var predNames = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (g, cands) in pairs)
        {
            nCands += cands.Count;
            extra += Math.Max(0, cands.Count - 1);
            if (!perType.TryGetValue(g.EventType, out var stats))
            {
                perType.Add(g.EventType, stats = new int[3]);
                perTypeName[g.EventType] = g.EventTypeRaw.Length > 0 ? g.EventTypeRaw : "(blank)";
            }
            stats[0]++;
            if (cands.Count == 0)
            {
                fn += g.ActorSet.Count;
                Bump(confusion, (g.EventType, null));
                continue;
            }
            var p = cands[0];
            int best = Agreement(g, p);
            for (int i = 1; i < cands.Count; i++)
            {
                int a = Agreement(g, cands[i]);
                if (a > best) { best = a; p = cands[i]; }
            }
            predNames.TryAdd(p.EventType, p.EventTypeRaw.Length > 0 ? p.EventTypeRaw : "(blank)");
            Bump(confusion, (g.EventType, p.EventType));
            Hit("coverage", true);
            foreach (var k in ExactKeys)
            {
                Hit(k, k == "time_precision" ? g.TimePrecisionEquals(p) : g.Field(k) == p.Field(k));
            }
            if (g.EventType == p.EventType) stats[1]++;
            if (g.SubEventType == p.SubEventType) stats[2]++;

            double? gf = g.Fatalities, pf = p.Fatalities;
            Hit("fatalities_exact", gf == pf);
            if (gf is double gv && pf is double pv)
            {
                fatErrors.Add(Math.Abs(gv - pv));
                Hit("fatalities_within_1", Math.Abs(gv - pv) <= 1);
            }
            else Hit("fatalities_within_1", gf == pf);

            Hit("geo_coords_present", p.Coords is not null);
            double? d = Distance(g, p);
            if (d is double dv)
            {
                dists.Add(dv);
                Hit("geo_within_10km", dv <= 10);
                Hit("geo_within_25km", dv <= 25);
                Hit("geo_within_50km", dv <= 50);
            }

            Hit("actor_pair_unordered", g.ActorPair.SetEquals(p.ActorPair));
            tp += g.ActorSet.Count(p.ActorSet.Contains);
            fp += p.ActorSet.Count(x => !g.ActorSet.Contains(x));
            fn += g.ActorSet.Count(x => !p.ActorSet.Contains(x));
        }

        var metrics = new OrderedDictionary<string, double?>(StringComparer.Ordinal);
        var counts = new OrderedDictionary<string, MetricCount>(StringComparer.Ordinal);
        foreach (var m in MetricCatalog.All)
        {
            if (m.Kind == MetricKind.Pct && !m.Key.StartsWith("actor_set", StringComparison.Ordinal)
                && !MetricCatalog.EventKeys.Contains(m.Key))
            {
                long h = hits.GetValueOrDefault(m.Key);
                metrics[m.Key] = Pct(h, n);
                counts[m.Key] = new MetricCount(h, n);
            }
        }
        foreach (var k in MetricCatalog.EventKeys) metrics[k] = null;
        metrics["gold_docs"] = n;
        metrics["pred_events"] = events.Count;
        metrics["malformed_lines"] = predictions.MalformedLines;
        metrics["events_per_doc"] = n > 0 ? PyText.Round((double)nCands / n, 4) : null;
        metrics["extra_events"] = extra;
        metrics["orphan_events"] = orphans;
        metrics["fatalities_mae"] = fatErrors.Count > 0 ? PyText.Round(Sum(fatErrors) / fatErrors.Count, 4) : null;
        metrics["geo_median_km"] = dists.Count > 0 ? PyText.Round(Median(dists), 4) : null;
        metrics["actor_set_precision"] = Pct(tp, tp + fp);
        metrics["actor_set_recall"] = Pct(tp, tp + fn);
        metrics["actor_set_f1"] = Pct(2 * tp, 2 * tp + fp + fn);
        counts["fatalities_mae"] = new MetricCount(fatErrors.Count, n);
        counts["geo_median_km"] = new MetricCount(dists.Count, n);
        counts["actor_set_precision"] = new MetricCount(tp, tp + fp);
        counts["actor_set_recall"] = new MetricCount(tp, tp + fn);
        counts["actor_set_f1"] = new MetricCount(2 * tp, 2 * tp + fp + fn);

        var ordered = new OrderedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var m in MetricCatalog.All) ordered[m.Key] = metrics[m.Key];

        string PredName(string? k) => k is null ? "(no prediction)" : predNames[k];

        var byType = new OrderedDictionary<string, EventTypeScore>(StringComparer.Ordinal);
        foreach (var (key, s) in perType
                     .OrderBy(kv => -kv.Value[0])
                     .ThenBy(kv => perTypeName[kv.Key], Comparer<string>.Create(PyText.CompareCodePoints)))
        {
            string name = perTypeName[key];
            byType[name] = new EventTypeScore(name, s[0], Pct(s[1], s[0]), Pct(s[2], s[0]));
        }

        var matrix = new OrderedDictionary<string, OrderedDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var ((gk, pk), c) in confusion)
        {
            string gname = perTypeName[gk];
            if (!matrix.TryGetValue(gname, out var row)) matrix.Add(gname, row = new OrderedDictionary<string, int>(StringComparer.Ordinal));
            row[PredName(pk)] = c;
        }
        var top = confusion
            .OrderBy(kv => -kv.Value)
            .ThenBy(kv => TupleStr(kv.Key.Gold, kv.Key.Pred), Comparer<string>.Create(PyText.CompareCodePoints))
            .Where(kv => kv.Key.Gold != kv.Key.Pred)
            .Select(kv => new ConfusionEntry(perTypeName[kv.Key.Gold], PredName(kv.Key.Pred), kv.Value))
            .ToList();
        return new ScoreReport(ordered, counts, byType.Values.ToList(), matrix, top);
    }

    private static void Bump(OrderedDictionary<(string, string?), int> counter, (string, string?) key)
    {
        counter.TryGetValue(key, out int c);
        counter[key] = c + 1;
    }

    /// <summary>str() of the Python tuple (gold_key, pred_key_or_None), the tie-break of top_confusions.</summary>
    private static string TupleStr(string gold, string? pred) =>
        "(" + PyText.StrRepr(gold) + ", " + (pred is null ? "None" : PyText.StrRepr(pred)) + ")";

    internal static double? Pct(long num, long den) => den == 0 ? null : PyText.Round(100.0 * num / den, 4);

    private static double Sum(List<double> xs)
    {
        double s = 0;
        foreach (var x in xs) s += x; // Python 3.11 sum(): plain left-to-right addition
        return s;
    }

    internal static double Median(List<double> xs)
    {
        var data = xs.ToArray();
        Array.Sort(data);
        int n = data.Length, i = n / 2;
        return n % 2 == 1 ? data[i] : (data[i - 1] + data[i]) / 2;
    }

    internal static double? Distance(NormalisedEvent g, NormalisedEvent p) =>
        g.Coords is { } a && p.Coords is { } b ? ScoreNormaliser.HaversineKm(a.Lat, a.Lon, b.Lat, b.Lon) : null;

    /// <summary>How many of the five matching fields a candidate gets right.</summary>
    internal static int Agreement(NormalisedEvent g, NormalisedEvent p)
    {
        double? d = Distance(g, p);
        return (g.EventType == p.EventType ? 1 : 0)
            + (g.SubEventType == p.SubEventType ? 1 : 0)
            + (g.EventDate == p.EventDate ? 1 : 0)
            + (d is double dv && dv <= ScoreNormaliser.MatchRadiusKm ? 1 : 0)
            + (g.Fatalities == p.Fatalities ? 1 : 0);
    }
}
