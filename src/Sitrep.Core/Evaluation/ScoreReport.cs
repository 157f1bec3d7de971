namespace Sitrep.Core.Evaluation;

/// <summary>The numerator and denominator behind a metric (score.py's counts entry [num, den]).</summary>
/// <param name="Numerator">Hits (or n for num/km metrics).</param>
/// <param name="Denominator">What the hits are out of.</param>
public readonly record struct MetricCount(long Numerator, long Denominator);

/// <summary>Per gold event_type accuracy (one row of score.py's by_event_type).</summary>
/// <param name="Name">Gold event_type as first spelled in the gold file, or "(blank)".</param>
/// <param name="Docs">Gold documents of this type.</param>
/// <param name="EventType">event_type accuracy (percent) within the type.</param>
/// <param name="SubEventType">sub_event_type accuracy (percent) within the type.</param>
public sealed record EventTypeScore(string Name, int Docs, double? EventType, double? SubEventType);

/// <summary>A gold -> predicted event_type pair and how often it occurred.</summary>
/// <param name="Gold">Gold event_type name.</param>
/// <param name="Pred">Predicted event_type name, or "(no prediction)".</param>
/// <param name="Count">Number of documents.</param>
public sealed record ConfusionEntry(string Gold, string Pred, int Count);

/// <summary>Everything score.py computes: metrics, counts, the per-type table and the event_type confusion.</summary>
public sealed class ScoreReport
{
    internal ScoreReport(
        OrderedDictionary<string, double?> metrics,
        OrderedDictionary<string, MetricCount> counts,
        IReadOnlyList<EventTypeScore> byEventType,
        OrderedDictionary<string, OrderedDictionary<string, int>> confusion,
        IReadOnlyList<ConfusionEntry> topConfusions)
    {
        MetricsTable = metrics;
        CountsTable = counts;
        ByEventType = byEventType;
        ConfusionTable = confusion;
        TopConfusions = topConfusions;
    }

    internal OrderedDictionary<string, double?> MetricsTable { get; }

    internal OrderedDictionary<string, MetricCount> CountsTable { get; }

    internal OrderedDictionary<string, OrderedDictionary<string, int>> ConfusionTable { get; }

    /// <summary>Every metric key in score.py's METRIC_GROUPS order; null is n/a. Counts are whole numbers.</summary>
    public IReadOnlyDictionary<string, double?> Metrics => MetricsTable;

    /// <summary>Numerator and denominator per metric, in score.py's order (not every key has one).</summary>
    public IReadOnlyDictionary<string, MetricCount> Counts => CountsTable;

    /// <summary>Per gold event_type rows, most documents first, then by name.</summary>
    public IReadOnlyList<EventTypeScore> ByEventType { get; }

    /// <summary>Gold event_type name -> predicted name -> documents, in first-seen order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion =>
        ConfusionTable.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value);

    /// <summary>Off-diagonal confusions, most frequent first (all of them; the text report shows ten).</summary>
    public IReadOnlyList<ConfusionEntry> TopConfusions { get; }
}
