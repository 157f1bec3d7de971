namespace Sitrep.Core.Evaluation;

/// <summary>How a metric is shown: a percentage with a count, a count, a number, or kilometres.</summary>
public enum MetricKind
{
    /// <summary>Percentage of a denominator, shown with num/den.</summary>
    Pct,

    /// <summary>An integer count.</summary>
    Count,

    /// <summary>A plain number (two decimals).</summary>
    Num,

    /// <summary>A distance in kilometres.</summary>
    Km,
}

/// <summary>One metric's stable key, kind and description.</summary>
/// <param name="Key">Stable key, as in score.py and its JSON.</param>
/// <param name="Kind">Display kind.</param>
/// <param name="Description">One-line description shown in the report.</param>
public sealed record MetricInfo(string Key, MetricKind Kind, string Description);

/// <summary>A report group of metrics, in display order.</summary>
/// <param name="Name">Group heading.</param>
/// <param name="Metrics">Metrics in the group.</param>
public sealed record MetricGroup(string Name, IReadOnlyList<MetricInfo> Metrics);

/// <summary>score.py's METRIC_GROUPS and HEADLINE_KEYS: the report layout and the stable metric keys.</summary>
public static class MetricCatalog
{
    /// <summary>The metric groups in report order.</summary>
    public static IReadOnlyList<MetricGroup> Groups { get; } =
    [
        new("Coverage", [
            new("gold_docs", MetricKind.Count, "gold documents scored"),
            new("pred_events", MetricKind.Count, "predicted events read"),
            new("malformed_lines", MetricKind.Count, "malformed JSONL lines skipped (--lenient)"),
            new("coverage", MetricKind.Pct, "gold docs with at least one predicted event"),
            new("events_per_doc", MetricKind.Num, "mean predicted events per gold doc"),
            new("extra_events", MetricKind.Count, "predicted events beyond one per gold doc"),
            new("orphan_events", MetricKind.Count, "events naming no gold doc id (or none at all)"),
        ]),
        new("Events (--doc-col only)", [
            new("gold_events", MetricKind.Count, "gold events scored"),
            new("event_precision", MetricKind.Pct, "matched / predicted events in gold-listed docs"),
            new("event_recall", MetricKind.Pct, "matched / gold events"),
            new("event_f1", MetricKind.Pct, "event F1"),
            new("false_events", MetricKind.Count, "predicted events in docs with no gold event"),
        ]),
        new("Classification", [
            new("event_type", MetricKind.Pct, "event_type exact"),
            new("sub_event_type", MetricKind.Pct, "sub_event_type exact"),
        ]),
        new("Time", [
            new("event_date", MetricKind.Pct, "event_date exact"),
            new("time_precision", MetricKind.Pct, "time_precision exact"),
        ]),
        new("Fatalities", [
            new("fatalities_exact", MetricKind.Pct, "fatalities exact"),
            new("fatalities_within_1", MetricKind.Pct, "fatalities within +/-1"),
            new("fatalities_mae", MetricKind.Num, "mean absolute error (docs with numeric gold and pred)"),
        ]),
        new("Geography", [
            new("geo_coords_present", MetricKind.Pct, "prediction has both coordinates"),
            new("geo_within_10km", MetricKind.Pct, "within 10 km (haversine)"),
            new("geo_within_25km", MetricKind.Pct, "within 25 km"),
            new("geo_within_50km", MetricKind.Pct, "within 50 km"),
            new("geo_median_km", MetricKind.Km, "median error (docs with coordinates on both sides)"),
            new("admin1", MetricKind.Pct, "admin1 name match"),
            new("admin2", MetricKind.Pct, "admin2 name match"),
            new("location", MetricKind.Pct, "location name match"),
        ]),
        new("Actors", [
            new("actor1", MetricKind.Pct, "actor1 match"),
            new("actor2", MetricKind.Pct, "actor2 match"),
            new("actor_pair_unordered", MetricKind.Pct, "{actor1, actor2} equal as sets (swaps allowed)"),
            new("actor_set_precision", MetricKind.Pct, "actor set precision, micro (actors + assoc actors)"),
            new("actor_set_recall", MetricKind.Pct, "actor set recall, micro"),
            new("actor_set_f1", MetricKind.Pct, "actor set F1, micro"),
        ]),
    ];

    /// <summary>Every metric key in report order.</summary>
    public static IReadOnlyList<MetricInfo> All { get; } = Groups.SelectMany(g => g.Metrics).ToList();

    /// <summary>Kind of each metric key.</summary>
    public static IReadOnlyDictionary<string, MetricKind> Kinds { get; } = All.ToDictionary(m => m.Key, m => m.Kind);

    /// <summary>Keys shown on the report's first line.</summary>
    public static IReadOnlyList<string> HeadlineKeys { get; } =
        ["coverage", "event_type", "sub_event_type", "event_date", "geo_within_25km", "fatalities_exact", "actor_set_f1"];

    /// <summary>Keys only defined in event-level (--doc-col) mode.</summary>
    public static IReadOnlyList<string> EventKeys { get; } = ["gold_events", "event_precision", "event_recall", "event_f1", "false_events"];
}
